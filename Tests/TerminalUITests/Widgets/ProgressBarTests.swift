import Testing
@testable import TerminalUI

@Suite struct ProgressBarTests {
    @Test func partialBlocksForSmoothness() {
        let bar = ProgressBar.bar(fraction: 0.5 + 1.0 / 16.0, width: 8, glyphs: .unicode)
        #expect(bar.filled == "████▌")
        #expect(bar.track == "░░░")
        #expect(ProgressBar.bar(fraction: 1, width: 4, glyphs: .unicode).filled == "████")
        #expect(ProgressBar.bar(fraction: 0, width: 4, glyphs: .unicode).track == "░░░░")
        #expect(ProgressBar.bar(fraction: 7, width: 4, glyphs: .unicode).filled == "████")
        #expect(ProgressBar.bar(fraction: .nan, width: 4, glyphs: .unicode).filled == "")
    }

    @Test func asciiFallback() {
        let bar = ProgressBar.bar(fraction: 0.55, width: 10, glyphs: .ascii)
        #expect(bar.filled == "#####")
        #expect(bar.track == "-----")
    }

    @Test func rendersLabelDetailBarAndPercent() {
        let progress = ProgressBar(fraction: 0.25, label: "upload.pdf", detail: "1.0 MB of 4.0 MB")
        let buffer = draw(progress, width: 40, height: 2)
        #expect(buffer.line(0) == "upload.pdf              1.0 MB of 4.0 MB")
        #expect(buffer.line(1).hasPrefix("████████▊░"))
        #expect(buffer.line(1).hasSuffix(" 25%"))
        #expect(buffer[x: 0, y: 1].style == Theme.fallback[.progressBar])
        #expect(buffer[x: 20, y: 1].style == Theme.fallback[.progressTrack])
    }

    @Test func unknownTotalShowsAMovingBlock() {
        let a = draw(ProgressBar(fraction: nil, phase: 0), width: 20, height: 1).line(0)
        let b = draw(ProgressBar(fraction: nil, phase: 5), width: 20, height: 1).line(0)
        #expect(a.hasPrefix("████"))
        #expect(a != b)
        #expect(!a.contains("%"))
    }

    @Test func detailText() {
        #expect(ProgressDetail.text(sent: 12_000_000, total: 300_000_000, bytesPerSecond: 4_100_000) == "12.0 MB of 300 MB · 4.1 MB/s · 1:11 left")
        #expect(ProgressDetail.text(sent: 999, total: nil, bytesPerSecond: nil) == "999 B")
        #expect(ProgressDetail.bytes(1_500) == "1.5 kB")
        #expect(ProgressDetail.duration(seconds: 3_725) == "1:02:05")
    }
}
