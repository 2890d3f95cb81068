@testable import TerminalUI

func draw(_ widget: some Widget, width: Int = 20, height: Int = 1, focused: Bool = true, theme: Theme = .fallback) -> ScreenBuffer {
    var buffer = ScreenBuffer(size: Size(width: width, height: height))
    widget.render(into: &buffer, rect: buffer.bounds, theme: theme, focused: focused)
    return buffer
}

extension Widget {
    /// Sends keys in order; returns the last outcome.
    @discardableResult
    mutating func press(_ keys: Key...) -> WidgetOutcome {
        var last = WidgetOutcome.ignored
        for key in keys { last = handle(.key(key)) }
        return last
    }

    @discardableResult
    mutating func type(_ text: String) -> WidgetOutcome {
        var last = WidgetOutcome.ignored
        for c in text { last = handle(.key(.char(c))) }
        return last
    }
}
