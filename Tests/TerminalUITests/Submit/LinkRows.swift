@testable import TerminalUI

/// The rows a redirect link takes on a screen: the first row that starts with
/// `http` in the first column, and each next row while the one before is full.
func linkRows(in screen: ScreenBuffer) -> [String] {
    let lines = screen.lines.map { line -> String in
        var text = line
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
    guard let first = lines.firstIndex(where: { $0.hasPrefix("http://") || $0.hasPrefix("https://") }) else { return [] }
    var rows = [lines[first]]
    var index = first + 1
    while index < lines.count, TextLayout.width(rows[rows.count - 1]) == screen.size.width, !lines[index].isEmpty {
        rows.append(lines[index])
        index += 1
    }
    return rows
}
