import Testing
@testable import TerminalUI

struct QRCodeTests {
    let uri = "http://127.0.0.1:8080/partner/add/batch#clientId=demo&content=00000000-0000-4000-8000-000000000001"

    /// The 7x7 finder pattern: a dark ring, a light ring, a dark 3x3 core.
    func hasFinder(_ code: QRCode, atX x0: Int, y y0: Int) -> Bool {
        for y in 0..<7 {
            for x in 0..<7 {
                let ring = x == 0 || y == 0 || x == 6 || y == 6
                let core = (2...4).contains(x) && (2...4).contains(y)
                if code[x0 + x, y0 + y] != (ring || core) { return false }
            }
        }
        return true
    }

    @Test func aRedirectURIEncodesWithFinderPatternsAndAQuietZone() throws {
        let code = try #require(QRCode(uri))
        let inner = code.size - 8
        #expect((inner - 17) % 4 == 0, "a QR code is 17 + 4·version modules wide")
        #expect(hasFinder(code, atX: 4, y: 4))
        #expect(hasFinder(code, atX: code.size - 11, y: 4))
        #expect(hasFinder(code, atX: 4, y: code.size - 11))
        #expect(!hasFinder(code, atX: code.size - 11, y: code.size - 11))
        for i in 0..<code.size {
            #expect(!code[i, 0] && !code[0, i] && !code[i, code.size - 1] && !code[code.size - 1, i])
        }
    }

    @Test func halfBlocksPackTwoRowsPerLine() throws {
        let code = try #require(QRCode(uri))
        let lines = code.halfBlockLines
        #expect(lines.count == (code.size + 1) / 2)
        #expect(lines.allSatisfy { $0.count == code.size })
        // The quiet zone is light: full blocks across the first line.
        #expect(lines[0] == String(repeating: "█", count: code.size))
        // Row 4 (line 2, top half) is the finder's dark top edge.
        let line = Array(lines[2])
        #expect(line[4] == "▄" || line[4] == " ")
    }

    @Test func longerTextsNeedBiggerCodes() throws {
        let short = try #require(QRCode("https://x.io/a"))
        let long = try #require(QRCode(uri + uri))
        #expect(long.size > short.size)
    }

    @Test func aSmallerQuietZoneKeepsTheSameCode() throws {
        let code = try #require(QRCode(uri))
        let compact = code.withQuietZone(2)
        #expect(compact.size == code.size - 4 && compact.quietZone == 2)
        #expect(compact.cellSize == Size(width: code.size - 4, height: (code.size - 4 + 1) / 2))
        for y in 0..<(code.size - 8) {
            for x in 0..<(code.size - 8) { #expect(compact[x + 2, y + 2] == code[x + 4, y + 4]) }
        }
        for i in 0..<compact.size { #expect(!compact[i, 0] && !compact[i, 1] && !compact[0, i] && !compact[compact.size - 2, i]) }
        #expect(hasFinder(compact, atX: 2, y: 2))
        #expect(compact.withQuietZone(4) == code, "and back")
    }
}
