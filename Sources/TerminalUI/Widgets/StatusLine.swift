/// The bottom line: a message on the left (coloured by severity) and key hints on the right.
public struct StatusLine: Hashable, Sendable {
    public enum Severity: Hashable, Sendable { case info, ok, warning, error }

    public var message: String
    public var severity: Severity
    /// Hints as (keys, what they do), e.g. ("F1", "Help"); those that do not fit are dropped from the end.
    public var hints: [(String, String)]

    public init(message: String = "", severity: Severity = .info, hints: [(String, String)] = []) {
        self.message = message
        self.severity = severity
        self.hints = hints
    }

    public static func == (lhs: StatusLine, rhs: StatusLine) -> Bool {
        lhs.message == rhs.message && lhs.severity == rhs.severity
            && lhs.hints.map { [$0.0, $0.1] } == rhs.hints.map { [$0.0, $0.1] }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(message)
        hasher.combine(hints.map { [$0.0, $0.1] })
    }

    public func render(into buffer: inout ScreenBuffer, rect: Rect, theme: Theme) {
        let line = rect.row(0)
        guard !line.isEmpty else { return }
        buffer.fill(line, style: theme[.text])
        var hintWidth = 0
        var shown: [(String, String)] = []
        // Warnings and errors keep their whole message; hints get what is left.
        let room = severity == .warning || severity == .error
            ? line.width - TextLayout.width(message) - 1 : line.width * 2 / 3
        for hint in hints {
            let w = TextLayout.width(hint.0) + 1 + TextLayout.width(hint.1) + 2
            if hintWidth + w > room { break }
            shown.append(hint)
            hintWidth += w
        }
        var x = line.maxX - hintWidth
        for (keys, text) in shown {
            x += 2
            x += buffer.write(keys, at: Point(x: x, y: line.y), style: theme[.title], clip: line)
            x += 1
            x += buffer.write(text, at: Point(x: x, y: line.y), style: theme[.muted], clip: line)
        }
        let role: ThemeRole
        switch severity {
        case .info: role = .text
        case .ok: role = .ok
        case .warning: role = .warning
        case .error: role = .error
        }
        buffer.write(message, at: Point(x: line.x, y: line.y), style: theme[role], maxWidth: line.width - hintWidth - 1, ellipsis: true)
    }
}
