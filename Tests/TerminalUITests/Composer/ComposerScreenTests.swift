import ComposerKit
import Foundation
import PassCore
import TestSupport
import Testing
@testable import TerminalUI

@Suite struct ComposerScreenTests {
    @Test(arguments: [small, large])
    func aNewBatchShowsTheHolderFormAndWhatIsMissing(_ size: Size) {
        let (screen, _) = run(composer(), size: size, [])
        #expect(screen.line(0).contains("seekpass-composer · Batch"))
        #expect(screen.line(0).contains("SANDBOX"))
        #expect(screen.find("Holder (digital identity)") != nil)
        #expect(screen.find("Full name *") != nil)
        #expect(screen.find("full_name is empty") != nil || screen.find("full_name is missing") != nil)
        #expect(screen.line(size.height - 1).contains("2 errors"))
        // The preview stands beside the form only on wide terminals.
        #expect((screen.find("exactly what is sent") != nil) == (size.width >= 140))
    }

    static let forms: [(BatchSection, [String])] = [
        (.education, ["Provider *", "Course *", "Conferral year *", "Awaiting graduation", "Has majors", "Transcript",
                      "Partner chain", "Files"]),
        (.microcredential, ["Issuer *", "Name *", "Issued *", "Expires", "Result", "Partner chain", "Files"]),
        (.englishProficiency, ["Test provider *", "Test *", "Completed *", "Scores", "CEFR scores", "Reading", "Overall",
                               "Score *", "Scale *"]),
        (.rightToWork, ["Country *", "Partner chain"]),
        (.careerHistory, ["Employment", "Employment record 1", "Organisation *", "Started *", "Last processed *"]),
        (.universalCredential, ["Name *", "Sub-type *", "Issuer *", "Issued *", "Files"]),
    ]

    @Test(arguments: [small, large])
    func everyCredentialTypeHasItsForm(_ size: Size) {
        for (section, labels) in Self.forms {
            let (screen, program) = run(composer(), size: size, addCredential(section) + [.key(.home)])
            #expect(program.state.selection.section == section, "\(section)")
            #expect(screen.find(section.title) != nil, "\(section) title at \(size)")
            // Labels further down the form are reached by scrolling; collect every row's label instead.
            let rowLabels = program.state.rows.map(\.label)
            for label in labels {
                let bare = label.replacingOccurrences(of: " *", with: "")
                #expect(rowLabels.contains(bare), "\(section): \(bare) in \(rowLabels)")
            }
            #expect(screen.find(labels[0]) != nil, "\(section): \(labels[0]) on screen at \(size)\n\(screen.text)")
        }
    }

    @Test(arguments: [small, large])
    func aWrongDateIsFlaggedBesideItsFieldAndTheFixClearsIt(_ size: Size) {
        let steps: [HeadlessTerminal.Step] = [.paste("John Doe")] + addCredential(.microcredential)
            + [.paste("Skill Test Provider"), .key(.tab), .paste("AI Essentials"), .key(.tab), .type("20240230")]
        let (screen, program) = run(composer(), size: size, steps)
        let issued = ItemRef.item(.microcredential, 0).path.appending("fields").appending("issue_date")
        #expect(program.state.document.value[path: issued] == "2024-02-30")
        #expect(screen.find("is not a real date") != nil, "\(screen.text)")
        let row = screen.find("Issued *")
        let message = screen.find("is not a real date")
        #expect(row != nil && message != nil && message!.y == row!.y + 1, "the message sits under its field")
        let fixed = run(program, size: size, [.key(.backspace), .key(.backspace), .type("29")])
        #expect(fixed.screen.find("is not a real date") == nil)
        #expect(fixed.program.state.document.value[path: issued] == "2024-02-29")
    }

    @Test func theHolderNameFlowsIntoNewCredentials() {
        let (_, program) = run(composer(), [.paste("Zoë 山田")] + addCredential(.education))
        let name = ItemRef.item(.education, 0).path.appending("fields").appending("full_name")
        #expect(program.state.document.value[path: name] == "Zoë 山田")
    }

    @Test func typedControlCharactersNeverReachTheField() {
        let (_, program) = run(composer(), [.paste("Eve\u{1B}[2J\u{07}")])
        #expect(!program.state.document.holderName.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func hostileImportedTextIsShownSanitisedAndSentUnchanged() throws {
        let hostile = "Eve\u{1B}]52;c;aGk=\u{07}\u{1B}[2J\u{202E}evil"
        var value = Templates.newDocument(.batch, ids: .sequential()).value
        value.set(.string(hostile), at: Templates.holderNamePath)
        let bytes = JSONWriter.bytes(value)
        let (screen, program) = run(composer(files: ["/work/hostile.json": bytes]), size: large, [.key(.f(3)), .paste("hostile.json"), .key(.enter)])
        #expect(program.state.document.holderName == hostile)
        #expect(!screen.text.contains("\u{1B}"))
        #expect(screen.text.contains("␛]52;c;aGk=␇"))
        let body = String(decoding: program.state.body, as: UTF8.self)
        #expect(body.contains("\\u001b]52;c;aGk=\\u0007\\u001b[2J\\u202eevil"))
        #expect(try JSONParser.parse(program.state.body)["digital_identity"]?["fields"]?["full_name"]?.stringValue == hostile)
    }

    @Test func nulLongLinesAndLoneSurrogatesAreShownSafelyAndSentUnchanged() throws {
        let long = String(repeating: "長い名前", count: 2500)
        let text = "A\u{0}B\u{9B}31m\u{2066}C"
        var value = Templates.newDocument(.batch, ids: .sequential()).value
        value.set(.string(long), at: Templates.holderNamePath)
        let requestID = value["credential_id"]?.stringValue ?? ""
        let json = String(decoding: JSONWriter.bytes(value), as: UTF8.self)
            .replacingOccurrences(of: "\"credential_id\": \"\(requestID)\"", with: "\"credential_id\": \"x\\ud800y\"")
        var bytes = Array(json.utf8)
        var withText = value
        withText.set(.string(text), at: JSONPath.root.appending("digital_identity").appending("credential_id"))
        let textBytes = JSONWriter.bytes(withText)
        let program = composer(files: ["/work/long.json": bytes, "/work/text.json": textBytes])
        let (screen, opened) = run(program, size: large, [.key(.f(3)), .paste("long.json"), .key(.enter)])
        #expect(opened.state.document.holderName == long)
        #expect(opened.state.document.requestID == "x\u{FFFD}y", "a lone surrogate reads as U+FFFD")
        #expect(screen.lines.allSatisfy { TextLayout.width($0) <= large.width })
        let body = String(decoding: opened.state.body, as: UTF8.self)
        #expect(body.contains(long))
        bytes = opened.state.body
        #expect(try JSONParser.parse(bytes)[path: Templates.holderNamePath] == .string(long))
        let other = run(composer(files: ["/work/text.json": textBytes]), size: large,
                        [.key(.f(3)), .paste("text.json"), .key(.enter), .key(.escape), .key(.home), .key(.enter)])
        #expect(!other.screen.text.unicodeScalars.contains { $0.value == 0 || $0.value == 0x9B || $0.value == 0x2066 })
        let sent = try JSONParser.parse(other.program.state.body)
        #expect(sent[path: JSONPath.root.appending("digital_identity").appending("credential_id")] == .string(text))
    }

    @Test func thePreviewShowsTheExactBodyAndFollowsTheFocusedField() {
        let steps: [HeadlessTerminal.Step] = [.paste("John Doe")] + addCredential(.microcredential) + [.paste("Issuer Co")]
        let (screen, program) = run(composer(), size: large, steps)
        #expect(screen.find("\"issuer_name\": \"Issuer Co\"") != nil)
        let bodyLines = String(decoding: program.state.body, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let line = program.state.focusedLine
        #expect(line.map { bodyLines[$0].contains("issuer_name") } == true)
    }

    @Test func narrowTerminalsShowThePreviewInPlaceOfTheForm() {
        let (screen, _) = run(composer(), size: small, [.paste("John Doe"), .key(.f(5))])
        #expect(screen.find("exactly what is sent") != nil)
        #expect(screen.find("\"full_name\": \"John Doe\"") != nil)
        #expect(screen.find("Holder (digital identity)") == nil)
        let back = run(composer(), size: small, [.paste("John Doe"), .key(.f(5)), .key(.f(5))])
        #expect(back.screen.find("Holder (digital identity)") != nil)
    }

    @Test func nextProblemJumpsToTheFieldAndSaysWhatIsWrong() {
        let steps: [HeadlessTerminal.Step] = [.paste("John Doe")] + addCredential(.education) + [.key(.escape), .key(.f(4))]
        let (screen, program) = run(composer(), steps)
        let problem = program.state.findings.first { $0.path == program.state.focusedPath }
        #expect(problem != nil, "focus \(String(describing: program.state.focusedPath)) is on a problem")
        #expect(problem.map { screen.find(String($0.message.prefix(30))) != nil } == true)
        #expect(program.pane == .form)
        let next = run(program, [.key(.f(4))])
        #expect(next.program.state.focusedPath != program.state.focusedPath)
    }

    @Test func partnerChainEntriesAreAddedMovedAndRemovedInPlace() {
        var steps: [HeadlessTerminal.Step] = [.paste("John Doe")] + addCredential(.microcredential)
        steps += [.paste("Issuer Co")]
        // Down to "Add intermediary": Name, Issued, Expires, Result, then the add row.
        steps += Array(repeating: HeadlessTerminal.Step.key(.tab), count: 5) + [.key(.enter), .paste("Network A"),
                 .key(.insert), .paste("Issuer Co")]
        let (screen, program) = run(composer(), steps)
        let chain = ItemRef.item(.microcredential, 0).path.appending("fields").appending("partner_chain")
        #expect(program.state.document.value[path: chain.appending(0).appending("name")] == "Network A")
        #expect(program.state.findings(at: chain.appending(1).appending("name")).map(\.rule) == [.chainIssuer])
        #expect(screen.find("is the issuer") != nil)
        let moved = run(program, [.key(Key.up.with(.alt))])
        #expect(moved.program.state.document.value[path: chain.appending(0).appending("name")] == "Issuer Co")
        let removed = run(moved.program, [.key(.f(8))])
        #expect(removed.program.state.document.value[path: chain]?.arrayValue?.count == 1)
    }

    @Test func deletingACredentialCanBeUndone() {
        let steps: [HeadlessTerminal.Step] = addCredential(.rightToWork) + [.key(.escape), .key(.f(8))]
        let (screen, program) = run(composer(), steps)
        #expect(program.state.document.count(of: .rightToWork) == 0)
        #expect(screen.find("Ctrl-Z brings it back") != nil)
        let undone = run(program, [.key(.ctrl("z"))])
        #expect(undone.program.state.document.count(of: .rightToWork) == 1)
    }

    @Test func helpListsTheComposerKeysAndTheFocusedField() {
        let (screen, _) = run(composer(), [.key(.f(1))])
        #expect(screen.find("Keys — composer") != nil)
        #expect(screen.find("Go to the next problem") != nil)
    }

    @Test func savingWritesTheExactBodyAndOpeningReadsItBack() throws {
        let program = composer()
        let steps: [HeadlessTerminal.Step] = [.paste("John Doe")] + addCredential(.rightToWork)
            + [.paste("SG"), .key(.tab), .paste("resident"), .key(.f(2)), .paste("out.json"), .key(.enter)]
        let (screen, saved) = run(program, steps)
        #expect(screen.find("Saved") != nil, "\(screen.text)")
        #expect(saved.state.document.filePath == "out.json")
        #expect(!saved.state.hasUnsavedChanges)
        let written = try #require(saved.environment.readFileForTests("/work/out.json"))
        #expect(written == saved.state.body)
        let file = try PayloadFile.parse(written, name: "out.json")
        #expect(Validator.standard.validate(file.value, as: file.kind).isEmpty)
    }

    @Test func openingAFileWithProblemsShowsThem() {
        let bad = Array(#"{"credential_id": "b", "digital_identity": {"credential_id": "b-1", "fields": {"full_name": "A", "nick": 1}}, "education_items": [], "microcredential_items": [], "english_proficiency_items": []}"#.utf8)
        let program = composer(files: ["/work/bad.json": bad])
        let (screen, opened) = run(program, [.key(.f(3)), .paste("bad.json"), .key(.enter)])
        #expect(opened.state.document.filePath == "bad.json")
        #expect(screen.find("Opened bad.json with") != nil, "\(screen.text)")
        #expect(opened.state.rows.contains { $0.control == .unknownKey && $0.label == "nick" })
    }

    @Test func aDraftFromAnEarlierSessionIsOfferedAndResumed() {
        var earlier = ComposerState(document: Templates.newDocument(.batch, ids: .sequential()))
        earlier.apply(.setText(Templates.holderNamePath, "Draft Person"))
        let draft = Draft(document: earlier.document, savedAt: 0)
        let (screen, _) = run(composer(kept: [draft]), [])
        #expect(screen.find("Drafts and recent files") != nil, "\(screen.text)")
        #expect(screen.find("Draft Person") != nil)
        let resumed = run(composer(kept: [draft]), [.key(.enter)])
        #expect(resumed.program.state.document.holderName == "Draft Person")
    }
}

extension ComposerEnvironment {
    func readFileForTests(_ path: String) -> [UInt8]? { try? files.read(path) }
}

/// At 160 columns the preview is as wide as its lines need, so ids are read whole.
struct WidePreviewTests {
    @Test func atOneHundredSixtyColumnsThePreviewShowsEveryIdLineWhole() throws {
        let file = try PayloadFile.parse(try Samples.bytes("batch-full"), name: "batch-full.json")
        let document = ComposerDocument.opened(file.value, kind: file.kind, filePath: "batch-full.json")
        let (screen, program) = run(composer(document: document), size: large, [])
        let layout = program.layout
        #expect(layout.preview.width > 80, "\(layout.preview)")
        #expect(layout.form.width >= ComposerLayout.smallestWideForm)
        let body = layout.previewBody
        var idLines = 0
        for y in body.y..<body.maxY {
            let line = String(screen.text.split(separator: "\n", omittingEmptySubsequences: false)[y])
            let cells = Array(line)
            guard cells.count >= body.maxX else { continue }
            let inside = String(cells[body.x..<body.maxX])
            guard inside.contains("credential_id") || inside.contains("\"id\"") else { continue }
            idLines += 1
            #expect(!inside.hasSuffix("…"), "cut: \(inside)")
        }
        #expect(idLines > 0, "\(screen.text)")
    }

    @Test func atEightyColumnsTheLayoutIsAsBefore() {
        let narrow = ComposerLayout(size: Size(width: 80, height: 24), wide: false, previewShown: false, previewWants: 200)
        #expect(narrow.outline.width == 22)
        #expect(narrow.preview.width == 0)
    }
}
