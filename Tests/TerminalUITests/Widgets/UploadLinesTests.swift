import Testing
@testable import TerminalUI

/// The bars of `seekpass-composer submit` as text: names that tell files apart,
/// columns that line up, rate and time left at 80 columns.
@Suite struct UploadLinesTests {
    static let prefix = "3601f8ae-9181-41a3-89ed-6dbe5ecde2b5"

    static func rows() -> [UploadLine] {
        [
            UploadLine(fileName: "bsc-transcript.pdf", assetID: prefix + "-edu-1-asset", sent: 12_300_000, total: 30_000_000,
                       bytesPerSecond: 262_144, secondsLeft: 67.5, state: .uploading(attempt: 1)),
            UploadLine(fileName: "ai-essentials.pdf", assetID: prefix + "-micro-1-asset", sent: 5_900, total: 5_900, state: .arrived(attempt: 1)),
            UploadLine(fileName: "ai-advanced.png", assetID: prefix + "-micro-2-asset", sent: 1_000_000, total: 7_000_000,
                       bytesPerSecond: 500_000, secondsLeft: 12, state: .uploading(attempt: 2)),
            UploadLine(fileName: "licence.pdf", assetID: prefix + "-universal-1-asset", total: 5_900, state: .waiting),
        ]
    }

    @Test(arguments: [80, 100, 120, 160])
    func barsNameTheFileAlignAndShowRateAndTimeLeft(_ width: Int) throws {
        let lines = UploadLines.render(Self.rows(), width: width)
        #expect(lines.count == 4)
        for line in lines { #expect(TextLayout.width(line) <= width - 1, "\(line)") }
        for name in ["bsc-transcript.pdf", "ai-essentials.pdf", "ai-advanced.png", "licence.pdf"] {
            #expect(lines.contains { $0.hasPrefix(name) }, "\(name) names its bar at \(width)\n\(lines.joined(separator: "\n"))")
        }
        #expect(!lines.joined().contains(Self.prefix), "never the prefix every id shares")
        #expect(lines[0].contains("262 kB/s") && lines[0].contains("1:08"), "\(lines[0])")
        #expect(lines[2].contains("500 kB/s") && lines[2].contains("0:12"), "\(lines[2])")
        #expect(lines[2].contains("attempt 2") || lines[2].contains("try 2"))
        // The bars start in one column and the percentages end in one.
        let bars = lines.map { line in line.firstIndex { $0 == "█" || $0 == "░" }.map { line.distance(from: line.startIndex, to: $0) } }
        #expect(Set(bars).count == 1, "\(lines.joined(separator: "\n"))")
        let percents = lines.map { line in line.range(of: "%").map { line.distance(from: line.startIndex, to: $0.lowerBound) } }
        #expect(Set(percents.compactMap { $0 }).count == 1, "\(lines.joined(separator: "\n"))")
    }

    @Test func filesOfTheSameNameAreToldApartByTheTailOfTheirIds() {
        var rows = Self.rows()
        rows[1].fileName = "certificate.pdf"
        rows[2].fileName = "certificate.pdf"
        let labels = UploadLines.labels(rows)
        #expect(labels[1] != labels[2])
        #expect(labels[1].hasPrefix("certificate.pdf (") && labels[1].contains("micro-1-asset"), "\(labels)")
        #expect(!labels.joined().contains("3601f8ae"))
    }

    @Test func distinguishingTailsDropTheSharedPrefixAtAWordBoundary() {
        let ids = [Self.prefix + "-micro-1-asset", Self.prefix + "-micro-2-asset", Self.prefix + "-edu-1-asset"]
        let tails = UploadLines.distinguishingTails(ids, width: 16)
        #expect(tails.allSatisfy { $0.hasPrefix("…") && $0.count <= 16 })
        #expect(Set(tails).count == 3)
        #expect(UploadLines.distinguishingTails(["short"], width: 16) == ["short"])
    }
}
