import CQRencode

/// A QR code of a text (the redirect URI), as modules (true = dark), with
/// the four-module quiet zone the standard asks for.
public struct QRCode: Hashable, Sendable {
    /// Modules per side, quiet zone included.
    public let size: Int
    /// Light modules around the code on each side.
    public let quietZone: Int
    private let modules: [Bool]

    /// Encodes `text` at error-correction level M; nil when it is too long for a QR code.
    public init?(_ text: String, quietZone: Int = 4) {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        guard let data = code.pointee.data else { return nil }
        let side = width + 2 * quietZone
        var modules = [Bool](repeating: false, count: side * side)
        for y in 0..<width {
            for x in 0..<width where data[y * width + x] & 1 == 1 {
                modules[(y + quietZone) * side + x + quietZone] = true
            }
        }
        self.size = side
        self.quietZone = quietZone
        self.modules = modules
    }

    private init(size: Int, quietZone: Int, modules: [Bool]) {
        self.size = size
        self.quietZone = quietZone
        self.modules = modules
    }

    /// The same code with a quiet zone of `zone` modules (the standard asks
    /// for 4; phone scanners read 2 well, which saves 4 columns and 2 rows).
    public func withQuietZone(_ zone: Int) -> QRCode {
        let zone = max(0, zone)
        let inner = size - 2 * quietZone
        let side = inner + 2 * zone
        var modules = [Bool](repeating: false, count: side * side)
        for y in 0..<inner {
            for x in 0..<inner where self[x + quietZone, y + quietZone] {
                modules[(y + zone) * side + x + zone] = true
            }
        }
        return QRCode(size: side, quietZone: zone, modules: modules)
    }

    public subscript(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x < size, y < size else { return false }
        return modules[y * size + x]
    }

    /// The code as lines of Unicode half blocks: two modules per character
    /// cell, top and bottom, so a square module is one column by half a row.
    /// Dark modules are drawn as the terminal's background, light as its
    /// foreground block, so the code reads on dark and light themes alike.
    public var halfBlockLines: [String] {
        var lines: [String] = []
        var y = 0
        while y < size {
            var line = ""
            for x in 0..<size {
                let top = !self[x, y], bottom = !self[x, y + 1] || y + 1 >= size
                switch (top, bottom) {
                case (true, true): line.append("█")
                case (true, false): line.append("▀")
                case (false, true): line.append("▄")
                case (false, false): line.append(" ")
                }
            }
            lines.append(line)
            y += 2
        }
        return lines
    }

    /// Cells the half-block rendering needs.
    public var cellSize: Size { Size(width: size, height: (size + 1) / 2) }
}
