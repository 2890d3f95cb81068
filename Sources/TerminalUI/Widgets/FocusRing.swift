/// Which of a form's controls has focus; moves forward and back, wrapping around.
public struct FocusRing: Hashable, Sendable {
    public private(set) var index: Int
    public var count: Int

    public init(count: Int, index: Int = 0) {
        self.count = max(1, count)
        self.index = min(max(0, index), self.count - 1)
    }

    public mutating func next() { index = (index + 1) % count }
    public mutating func previous() { index = (index + count - 1) % count }
    public mutating func focus(_ newIndex: Int) { index = min(max(0, newIndex), count - 1) }

    /// The standard form keys: Tab/Shift-Tab always move focus; Down/Up move it when the
    /// focused control did not use them. Returns whether focus moved.
    public mutating func move(for key: Key, after outcome: WidgetOutcome) -> Bool {
        switch key {
        case .tab: next(); return true
        case .backTab: previous(); return true
        case .down where outcome == .ignored: next(); return true
        case .up where outcome == .ignored: previous(); return true
        default: return false
        }
    }

    /// Help for the form keys above.
    public static let help = HelpSection("Moving between fields", [
        HelpEntry(keys: "Tab / Down", text: "Next field (Down: when the field does not use it)"),
        HelpEntry(keys: "Shift-Tab / Up", text: "Previous field (Up: when the field does not use it)"),
    ])
}
