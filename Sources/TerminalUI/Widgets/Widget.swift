/// What a widget did with an input.
public enum WidgetOutcome: Hashable, Sendable {
    /// Not used: the screen may act on it (e.g. Up/Down at a list's edge move focus).
    case ignored
    /// Used, and the value is unchanged (the cursor moved, a list scrolled).
    case handled
    /// Used, and the value changed.
    case changed
    /// Enter: the user confirmed this widget (a dialog's button, a list row to edit).
    case submitted
    /// Esc: the user backed out (a dialog closed, an edit abandoned).
    case cancelled
}

/// A value-type control: its state, how it handles input and how it draws itself.
public protocol Widget {
    /// Applies a key or paste to the widget's state.
    mutating func handle(_ input: InputEvent) -> WidgetOutcome

    /// Draws the widget into `rect` of `buffer`. A focused text widget sets `buffer.cursor`.
    func render(into buffer: inout ScreenBuffer, rect: Rect, theme: Theme, focused: Bool)

    /// Whether typed letters are text for this widget (then `?` and letters are never shortcuts).
    var acceptsText: Bool { get }

    /// The keys this widget understands, for the help overlay.
    var keyHelp: HelpSection { get }
}

extension Widget {
    public var acceptsText: Bool { false }
}
