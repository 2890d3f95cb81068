import ComposerKit
import Foundation
import PassCore
import Testing
@testable import TerminalUI

/// The submit screen's bars at every width: rate and time left once known, the
/// failed attempt beside the bar until the next one succeeds, the link whole.
@Suite struct SubmitProgressTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 160, height: 48)]

    func barRow(_ name: String, in screen: ScreenBuffer) -> Int? {
        screen.lines.firstIndex { $0.contains("  \(name)  P") || $0.contains("› \(name)  P") }
    }

    @Test(arguments: sizes)
    func rateAndTimeLeftShowAndAFailedAttemptStaysUntilTheNextSucceeds(_ size: Size) throws {
        var driver = try SubmitDriver.accepted(size: size)
        let file = SubmitFixture.files[0]
        let total = Int64(file.size)
        driver.clock.now = 1
        driver.upload(file.assetID, .started(total: total))
        driver.upload(file.assetID, .progress(sent: 0, total: total))
        driver.clock.now = 2
        driver.upload(file.assetID, .progress(sent: 600_000, total: total))
        driver.clock.now = 3
        driver.upload(file.assetID, .progress(sent: 1_200_000, total: total))
        var screen = driver.screen
        var row = try #require(barRow("certificate.pdf", in: screen), "\(screen.text)")
        #expect(screen.line(row).contains("600 kB/s · 0:02"), "rate and time left at \(size)\n\(screen.text)")

        driver.upload(file.assetID, .retrying(attempt: 1, reason: "the server closed the connection", delay: .milliseconds(400)))
        driver.clock.now = 4
        driver.upload(file.assetID, .progress(sent: 0, total: total))
        driver.clock.now = 5
        driver.upload(file.assetID, .progress(sent: 400_000, total: total))
        driver.clock.now = 6
        driver.upload(file.assetID, .progress(sent: 800_000, total: total))
        screen = driver.screen
        row = try #require(barRow("certificate.pdf", in: screen), "\(screen.text)")
        let label = screen.line(row)
        #expect(label.contains("attempt 2") || label.contains("try 2"), "\(label)")
        #expect(label.contains("400 kB/s"), "the new attempt's rate\n\(screen.text)")
        #expect(screen.line(row + 1).contains("attempt 1 failed: the server closed"), "\(screen.text)")
        if ProcessInfo.processInfo.environment["SEEKPASS_PRINT_SCREENS"] == "1" { print(screen.text) }
        for line in screen.lines { #expect(TextLayout.width(line) <= size.width) }

        driver.upload(file.assetID, .finished(sha256: "ab"))
        screen = driver.screen
        row = try #require(barRow("certificate.pdf", in: screen))
        #expect(screen.line(row).contains("arrived"), "\(screen.text)")
        #expect(!screen.line(row + 1).contains("failed"), "gone once the file arrived")
    }

    @Test(arguments: sizes)
    func theLinkIsWholeFromTheFirstColumnAndTheQRCodeFollowsOneRule(_ size: Size) throws {
        let driver = try SubmitDriver.done(size: size)
        let screen = driver.screen
        let rows = linkRows(in: screen)
        if ProcessInfo.processInfo.environment["SEEKPASS_PRINT_SCREENS"] == "1" { print(screen.text) }
        #expect(rows.joined() == SubmitFixture.redirectURI, "\(screen.text)")
        #expect(rows.dropLast().allSatisfy { TextLayout.width($0) == size.width })
        if SubmitFixture.redirectURI.count <= size.width { #expect(rows.count == 1) }
        // The code shows exactly when the one rule says it fits.
        let qr = try #require(QRCode(SubmitFixture.redirectURI))
        let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 3 - rows.count)
        let fits = LinkDisplay.placeQR(qr, in: body) != nil
        #expect((screen.find("Scan to accept") != nil) == fits, "\(screen.text)")
        #expect((screen.find("The QR code needs a terminal of") != nil) == !fits, "\(screen.text)")
        if !fits {
            let need = LinkDisplay.smallestTerminal(for: qr, linkLength: SubmitFixture.redirectURI.count)
            let bigger = try SubmitDriver.done(size: need).screen
            #expect(bigger.find("Scan to accept") != nil, "the size it names is enough: \(need)\n\(bigger.text)")
        }
    }
}
