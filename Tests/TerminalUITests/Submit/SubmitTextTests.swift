import ComposerKit
import PassCore
import Testing
@testable import TerminalUI

/// The submit screen's text fitting: summary rows, the steps line, the redirect URI.
struct SubmitTextTests {
    let uri = "http://127.0.0.1:41234/partner/add/batch#clientId=sandbox-demo&content=9b2f4c1e-5d6a-4e8b-a1c3-7f0e2d4b6a88"

    @Test func theURIBreaksAtItsPunctuationWhenThatCostsNoLine() {
        let lines = SubmitText.wrapURI(uri, width: 47)
        #expect(lines.joined() == uri)
        #expect(lines.count == SubmitText.hardWrap(uri, width: 47).count)
        #expect(lines.allSatisfy { $0.count <= 47 })
        #expect(lines.first == "http://127.0.0.1:41234/partner/add/batch#")
        // Narrower than any piece: cut anywhere, nothing lost.
        let narrow = SubmitText.wrapURI(uri, width: 7)
        #expect(narrow.joined() == uri && narrow.allSatisfy { $0.count <= 7 })
    }

    @Test func partsPackBetweenSeparatorsOnly() {
        let lines = SubmitText.pack(["1 Digital identity", "2 Education", "2 Microcredential", "1 Right to work"], separator: " · ", width: 34)
        #expect(lines == ["1 Digital identity · 2 Education ·", "2 Microcredential ·", "1 Right to work"])
        // A line that is full keeps no separator mark rather than overflow.
        #expect(SubmitText.pack(["abcd", "efgh"], separator: " · ", width: 4) == ["abcd", "efgh"])
    }

    @Test func theSummaryGivesEveryFieldARowBeforeAnyGetsTwo() {
        let fields = [
            SubmitText.Field(label: "To", parts: ["http://127.0.0.1:41234", "SANDBOX — nothing leaves this machine"], separator: " · "),
            SubmitText.Field(label: "Request", parts: ["3601f8ae-9181-41a3-89ed-6dbe5ecde2b5", "batch", "4.2 kB"], separator: " · "),
            SubmitText.Field(label: "Contents", parts: (1...6).map { "\($0) things" }, separator: " · "),
            SubmitText.Field(label: "Scopes", parts: ["write.education", "write.microcredential", "write.universal"], separator: " "),
            SubmitText.Field(label: "Files", parts: ["a.pdf (PDF, 1 MB)", "b.png (PNG image, 2 kB)", "c.pdf (PDF, 3 kB)"], separator: " · "),
        ]
        let five = SubmitText.fit(fields, width: 30, budget: 5)
        #expect(five.map(\.field.label) == ["To", "Request", "Contents", "Scopes", "Files"])
        #expect(five.allSatisfy { $0.lines.count == 1 })
        #expect(five[4].lines[0].hasSuffix("…"), "a cut row says so")
        let roomy = SubmitText.fit(fields, width: 30, budget: 20)
        #expect(roomy.map(\.lines.count).reduce(0, +) <= 20)
        #expect(roomy.allSatisfy { !$0.lines.joined().contains("…") }, "nothing cut when there is room")
        #expect(roomy[4].lines.count == 3)
        let three = SubmitText.fit(fields, width: 30, budget: 3)
        #expect(three.map(\.field.label) == ["To", "Request", "Contents"])
    }

    @Test func theStepsShortenBeforeTheyAreCut() {
        let marks = ["✓", "✓", "◐", "○"]
        #expect(SubmitText.steps(marks: marks, fileCount: 4, width: 80).names == ["Authenticating", "Sending", "Uploading 4 files", "Done"])
        let short = SubmitText.steps(marks: marks, fileCount: 4, width: 47)
        #expect(short.names == ["Token", "Send", "Upload 4 files", "Done"])
        #expect(SubmitText.steps(marks: marks, fileCount: 4, width: 30).names.last == "Done", "Done is never cut off")
    }
}
