/// A row a ``ListEditor`` can hold.
public protocol ListRow: Hashable, Sendable {
    /// A new row for "add".
    static func blank() -> Self
    /// One line describing the row.
    var summary: String { get }
    /// The row as one line of editable text, or nil when it needs a form of its own
    /// (then Enter reports ``WidgetOutcome/submitted`` and the screen opens that form).
    var inlineText: String? { get }
    /// The row with edited text, or nil when the text is not acceptable.
    func withInlineText(_ text: String) -> Self?
}

extension String: ListRow {
    public static func blank() -> String { "" }
    public var summary: String { self }
    public var inlineText: String? { self }
    public func withInlineText(_ text: String) -> String? { text }
}

/// An editable list: add, remove, duplicate, reorder, edit in place and undo.
/// Generic over its rows, so the same editor serves any list of records.
public struct ListEditor<Row: ListRow>: Widget, Hashable, Sendable {
    public enum Action: Sendable { case up, down, first, last, add, remove, duplicate, moveUp, moveDown, edit, undo }

    public private(set) var rows: [Row]
    /// The selected row (0 when empty).
    public private(set) var selected = 0
    /// The inline editor while a row is being edited.
    public private(set) var editing: TextInput?
    /// Set when an inline edit was refused (the row rejected the text).
    public private(set) var editError = false
    /// Rows shown at once; the screen sets it from its layout.
    public var viewportHeight: Int
    /// Shown when the list is empty.
    public var emptyText: String
    private var top = 0
    private var undoStack: [Snapshot] = []
    private var addedForEdit = false

    struct Snapshot: Hashable, Sendable {
        var rows: [Row]
        var selected: Int
    }

    public init(rows: [Row] = [], viewportHeight: Int = 5, emptyText: String = "empty — Insert adds a row") {
        self.rows = rows
        self.viewportHeight = viewportHeight
        self.emptyText = emptyText
    }

    public var acceptsText: Bool { editing != nil }

    public static var keys: KeyTable<Action> {
        KeyTable("List", [
            KeyBinding(.up, .up, "Previous row (at the top: previous field)"),
            KeyBinding(.down, .down, "Next row (at the bottom: next field)"),
            KeyBinding(.home, .first, "First row"),
            KeyBinding(.end, .last, "Last row"),
            KeyBinding([.insert, .char("a")], .add, "Add a row after this one"),
            KeyBinding([.delete, .char("x")], .remove, "Remove this row"),
            KeyBinding([.alt("d"), .char("d")], .duplicate, "Duplicate this row"),
            KeyBinding([Key.up.with(.alt), Key.up.with(.shift)], .moveUp, "Move this row up"),
            KeyBinding([Key.down.with(.alt), Key.down.with(.shift)], .moveDown, "Move this row down"),
            KeyBinding([.enter, .char("e")], .edit, "Edit this row in place"),
            KeyBinding([.ctrl("z"), .char("u")], .undo, "Undo the last change to the list"),
        ])
    }

    public var keyHelp: HelpSection {
        guard editing == nil else {
            var section = TextInput.keys.help
            section.title = "List row being edited"
            section.entries.append(HelpEntry(keys: "Enter", text: "Keep the edit"))
            section.entries.append(HelpEntry(keys: "Esc", text: "Abandon the edit"))
            return section
        }
        return Self.keys.help
    }

    /// Replaces row `index` (after an edit in a separate form); undoable.
    public mutating func replace(at index: Int, with row: Row) {
        guard rows.indices.contains(index), rows[index] != row else { return }
        remember()
        rows[index] = row
    }

    public mutating func handle(_ input: InputEvent) -> WidgetOutcome {
        if editing != nil { return handleEdit(input) }
        guard case .key(let key) = input, let action = Self.keys.action(for: key) else { return .ignored }
        switch action {
        case .up:
            guard selected > 0 else { return .ignored }
            select(selected - 1)
        case .down:
            guard selected < rows.count - 1 else { return .ignored }
            select(selected + 1)
        case .first: select(0)
        case .last: select(rows.count - 1)
        case .add:
            remember()
            let index = rows.isEmpty ? 0 : selected + 1
            rows.insert(Row.blank(), at: index)
            select(index)
            addedForEdit = true
            if let text = rows[index].inlineText { editing = TextInput(text) }
            return .changed
        case .remove:
            guard rows.indices.contains(selected) else { return .handled }
            remember()
            rows.remove(at: selected)
            select(min(selected, rows.count - 1))
            return .changed
        case .duplicate:
            guard rows.indices.contains(selected) else { return .handled }
            remember()
            rows.insert(rows[selected], at: selected + 1)
            select(selected + 1)
            return .changed
        case .moveUp:
            guard selected > 0 else { return .handled }
            remember()
            rows.swapAt(selected, selected - 1)
            select(selected - 1)
            return .changed
        case .moveDown:
            guard selected < rows.count - 1 else { return .handled }
            remember()
            rows.swapAt(selected, selected + 1)
            select(selected + 1)
            return .changed
        case .edit:
            guard rows.indices.contains(selected) else { return .handled }
            addedForEdit = false
            guard let text = rows[selected].inlineText else { return .submitted }
            editing = TextInput(text)
        case .undo:
            guard let snapshot = undoStack.popLast() else { return .handled }
            rows = snapshot.rows
            select(snapshot.selected)
            return .changed
        }
        return .handled
    }

    private mutating func handleEdit(_ input: InputEvent) -> WidgetOutcome {
        guard var field = editing else { return .ignored }
        if case .key(.escape) = input {
            editing = nil
            editError = false
            if addedForEdit, let snapshot = undoStack.popLast() {
                rows = snapshot.rows
                select(snapshot.selected)
                addedForEdit = false
                return .changed
            }
            return .handled
        }
        let outcome = field.handle(input)
        editing = field
        guard outcome == .submitted else { return .handled }
        guard let updated = rows[selected].withInlineText(field.text) else {
            editError = true
            return .handled
        }
        editError = false
        editing = nil
        if updated != rows[selected] {
            if !addedForEdit { remember() }
            rows[selected] = updated
        }
        addedForEdit = false
        return .changed
    }

    private mutating func remember() {
        undoStack.append(Snapshot(rows: rows, selected: selected))
        if undoStack.count > 100 { undoStack.removeFirst() }
    }

    private mutating func select(_ index: Int) {
        selected = max(0, min(index, rows.count - 1))
        top = Scrolling.top(keeping: selected, visible: viewportHeight, current: top, count: rows.count)
    }

    public func render(into buffer: inout ScreenBuffer, rect: Rect, theme: Theme, focused: Bool) {
        guard !rect.isEmpty else { return }
        if rows.isEmpty {
            buffer.write(emptyText, at: Point(x: rect.x, y: rect.y), style: focused ? theme[.focus] : theme[.muted], clip: rect, ellipsis: true)
            return
        }
        let first = min(top, max(0, rows.count - rect.height))
        let numberWidth = String(rows.count).count
        for row in 0..<rect.height {
            let index = first + row
            guard index < rows.count else { break }
            let line = rect.row(row)
            let number = String(repeating: " ", count: numberWidth - String(index + 1).count) + "\(index + 1). "
            let isSelected = index == selected
            let style = isSelected ? (focused ? theme[.focus] : theme[.selection]) : theme[.text]
            if isSelected { buffer.fill(line, style: style) }
            let used = buffer.write(number, at: Point(x: line.x, y: line.y), style: isSelected ? style : theme[.muted], clip: line)
            let content = Rect(x: line.x + used, y: line.y, width: line.width - used, height: 1)
            if isSelected, let editing {
                var input = editing
                input.placeholder = editError ? "not accepted — edit or Esc" : ""
                input.render(into: &buffer, rect: content, theme: theme, focused: focused)
                if editError { buffer.restyle(content) { $0.foreground = theme[.error].foreground } }
            } else {
                buffer.write(rows[index].summary, at: Point(x: content.x, y: content.y), style: style, clip: content, ellipsis: true)
            }
        }
        if first > 0 { buffer.write(String(theme.glyphs.scrollUp), at: Point(x: rect.maxX - 1, y: rect.y), style: theme[.muted]) }
        if first + rect.height < rows.count {
            buffer.write(String(theme.glyphs.scrollDown), at: Point(x: rect.maxX - 1, y: rect.maxY - 1), style: theme[.muted])
        }
    }
}
