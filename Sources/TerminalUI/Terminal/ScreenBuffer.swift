/// A frame: a grid of cells that widgets draw into and a backend flushes to the terminal.
///
/// All text written here goes through ``TextSanitizer`` and is measured in cells
/// (``DisplayWidth``); writes are clipped to the buffer and to an optional clip rectangle,
/// and stop reading a string as soon as its visible part is drawn.
public struct ScreenBuffer: Hashable, Sendable {
    public private(set) var size: Size
    private var cells: [Cell]
    /// Where the terminal cursor shows after this frame; nil hides it.
    public var cursor: Point?

    public init(size: Size, style: Style = .plain) {
        self.size = size
        self.cells = Array(repeating: Cell(style: style), count: size.width * size.height)
    }

    public var bounds: Rect { Rect(size: size) }

    /// The cell at column `x`, row `y` (a blank cell outside the buffer).
    public subscript(x x: Int, y y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
        return cells[y * size.width + x]
    }

    /// Fills `rect` with `character` in `style`.
    public mutating func fill(_ rect: Rect, style: Style, character: Character = " ") {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { put(Cell(character, width: 1, style: style), x: x, y: y) }
        }
    }

    /// Changes the style of every cell in `rect`, keeping its text.
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { change(&cells[y * size.width + x].style) }
        }
    }

    /// Writes `text` from `point`, clipped to `clip` (default: the whole buffer) and to
    /// `maxWidth` cells; with `ellipsis`, text that does not fit ends in `…`.
    /// Returns the number of cells written.
    @discardableResult
    public mutating func write(
        _ text: String, at point: Point, style: Style, maxWidth: Int? = nil, clip: Rect? = nil, ellipsis: Bool = false
    ) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard point.y >= area.y, point.y < area.maxY else { return 0 }
        var limit = area.maxX - point.x
        if let maxWidth { limit = min(limit, maxWidth) }
        guard limit > 0 else { return 0 }
        let shown = ellipsis ? TextLayout.truncate(text, width: limit) : text
        var x = point.x
        var lastStart: Int?
        DisplayGlyphs.forEach(in: shown) { character, width in
            if width == 0 {
                if let start = lastStart { appendMark(character, x: start, y: point.y) }
                return true
            }
            if x + width > point.x + limit {
                if width == 2, x < point.x + limit, x >= area.x { put(Cell(" ", width: 1, style: style), x: x, y: point.y); x += 1 }
                return false
            }
            if x >= area.x {
                put(Cell(character, width: UInt8(width), style: style), x: x, y: point.y)
                lastStart = x
            } else if width == 2, x + 1 == area.x {
                put(Cell(" ", width: 1, style: style), x: area.x, y: point.y)
            }
            x += width
            return true
        }
        return x - point.x
    }

    /// The text of row `y`, wide graphemes once, trailing spaces removed.
    public func line(_ y: Int) -> String {
        guard y >= 0, y < size.height else { return "" }
        var out = ""
        for x in 0..<size.width {
            let cell = cells[y * size.width + x]
            if !cell.isContinuation { out.append(cell.character) }
        }
        while out.last == " " { out.removeLast() }
        return out
    }

    /// Every row's text (see ``line(_:)``).
    public var lines: [String] { (0..<size.height).map(line) }

    /// The whole frame as text, rows joined by newlines.
    public var text: String { lines.joined(separator: "\n") }

    /// Where `needle` first appears on screen (column in cells), or nil.
    public func find(_ needle: String) -> Point? {
        for y in 0..<size.height {
            let row = line(y)
            if let range = row.firstRange(of: needle) {
                return Point(x: TextLayout.width(String(row[row.startIndex..<range.lowerBound])), y: y)
            }
        }
        return nil
    }

    /// The rows that differ from `previous`, or every row if the sizes differ.
    public func changedRows(since previous: ScreenBuffer?) -> [Int] {
        guard let previous, previous.size == size else { return Array(0..<size.height) }
        return (0..<size.height).filter { y in
            let start = y * size.width
            return cells[start..<start + size.width] != previous.cells[start..<start + size.width]
        }
    }

    private mutating func put(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        let index = y * size.width + x
        // Overwriting half of a wide grapheme blanks its other half.
        if cells[index].isContinuation, x > 0 { cells[index - 1] = Cell(" ", width: 1, style: cells[index - 1].style) }
        if cells[index].width == 2, x + 1 < size.width { cells[index + 1] = Cell(" ", width: 1, style: cells[index + 1].style) }
        if cell.width == 2 {
            guard x + 1 < size.width else {
                cells[index] = Cell(" ", width: 1, style: cell.style)
                return
            }
            if cells[index + 1].width == 2, x + 2 < size.width {
                cells[index + 2] = Cell(" ", width: 1, style: cells[index + 2].style)
            }
            cells[index] = cell
            cells[index + 1] = Cell(" ", width: 0, style: cell.style)
        } else {
            cells[index] = cell
        }
    }

    private mutating func appendMark(_ mark: Character, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        let index = y * size.width + x
        let combined = String(cells[index].character) + String(mark)
        if combined.count == 1, let character = combined.first { cells[index].character = character }
    }
}
