import ComposerKit
import PassCore

/// The widget that draws the focused row, made from the composer's state each frame: the
/// text, the cursor and the value live in ``ComposerState``, never here.
enum FieldEditor: Sendable, Hashable {
    case text(TextInput)
    case date(DateInput)
    case choice(ChoiceCycle)
    case toggle(TriStateToggle)

    /// The editor that draws `row` as `state` has it, or nil when the row is not drawn by a widget.
    init?(row: FormRow, state: ComposerState) {
        switch row.control {
        case .text, .listEntry, .assetFile, .openCertFile:
            self = .text(TextInput(state.fieldText(of: row), cursor: state.cursor, placeholder: Self.example(row)))
        case .date(let form):
            let current = state.fieldText(of: row)
            if let mask = DateMask(form), mask.fits(current) {
                self = .date(DateInput(dateMask: mask, value: current))
            } else {
                self = .text(TextInput(current, cursor: state.cursor,
                                       placeholder: row.placeholder == nil ? form.mask : Self.example(row)))
            }
        case .choice(let options):
            self = .choice(ChoiceCycle(options: options, value: state.document.value[path: row.path]?.stringValue,
                                       allowsNone: !row.isRequired))
        case .toggle:
            self = .toggle(TriStateToggle(value: state.document.value[path: row.path]?.boolValue))
        case .heading, .record, .add, .json, .unknownKey:
            return nil
        }
    }

    /// The keys of the editor of `row`, for help.
    static func keyHelp(_ row: FormRow) -> HelpSection? {
        switch row.control {
        case .text, .listEntry, .assetFile, .openCertFile: TextInput().keyHelp
        case .date(let form): DateMask(form) == nil ? TextInput().keyHelp : DateInput(mask: DateInput.Mask.day).keyHelp
        case .choice: ChoiceCycle(options: [], value: nil, allowsNone: true).keyHelp
        case .toggle: TriStateToggle().keyHelp
        default: nil
        }
    }

    /// The placeholder of an empty field: the row's example, marked as one ("e.g. John Doe")
    /// so that it is never taken for a value already filled in.
    static func example(_ row: FormRow) -> String {
        row.placeholder.map { "e.g. " + $0 } ?? ""
    }

    func render(into buffer: inout ScreenBuffer, rect: Rect, theme: Theme, focused: Bool) {
        switch self {
        case .text(let w): w.render(into: &buffer, rect: rect, theme: theme, focused: focused)
        case .date(let w): w.render(into: &buffer, rect: rect, theme: theme, focused: focused)
        case .choice(let w): w.render(into: &buffer, rect: rect, theme: theme, focused: focused)
        case .toggle(let w): w.render(into: &buffer, rect: rect, theme: theme, focused: focused)
        }
    }
}
