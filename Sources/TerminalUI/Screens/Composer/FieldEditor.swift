import ComposerKit
import PassCore

/// The widget that edits the focused row, made from the row and the
/// document's current value there.
enum FieldEditor: Sendable, Hashable {
    case text(TextInput)
    case date(DateInput)
    case choice(ChoiceCycle)
    case toggle(TriStateToggle)

    /// The editor for `row`, or nil when the row is not edited by a widget.
    init?(row: FormRow, value: JSONValue?, assetFile: String?) {
        switch row.control {
        case .text, .listEntry:
            self = .text(TextInput(Self.text(of: value), placeholder: Self.example(row)))
        case .date(let form):
            let current = Self.text(of: value)
            if let mask = Self.mask(form), Self.fits(current, mask) {
                self = .date(DateInput(mask: mask, value: current))
            } else {
                self = .text(TextInput(current, placeholder: row.placeholder == nil ? form.mask : Self.example(row)))
            }
        case .choice(let options):
            self = .choice(ChoiceCycle(options: options, value: value?.stringValue, allowsNone: !row.isRequired))
        case .toggle:
            self = .toggle(TriStateToggle(value: value?.boolValue))
        case .assetFile:
            self = .text(TextInput(assetFile ?? "", placeholder: Self.example(row)))
        case .openCertFile:
            self = .text(TextInput("", placeholder: Self.example(row)))
        case .heading, .record, .add, .json, .unknownKey:
            return nil
        }
    }

    /// The placeholder of an empty field: the row's example, marked as one ("e.g. John Doe")
    /// so that it is never taken for a value already filled in.
    static func example(_ row: FormRow) -> String {
        row.placeholder.map { "e.g. " + $0 } ?? ""
    }

    /// A value shown as text: strings as they are, anything else as JSON.
    static func text(of value: JSONValue?) -> String {
        switch value {
        case .string(let s)?: return s
        case nil, .null?: return ""
        case .number(let n)?: return n
        case .bool(let b)?: return b ? "true" : "false"
        case let other?: return JSONWriter.string(other).trimmingTrailingNewline
        }
    }

    static func mask(_ form: DateForm) -> DateInput.Mask? {
        switch form {
        case .day: .day
        case .month: .month
        case .year: .year
        case .yearOrDay: nil
        }
    }

    /// Whether `text` can be shown in the mask without losing anything.
    static func fits(_ text: String, _ mask: DateInput.Mask) -> Bool {
        if text.isEmpty { return true }
        let input = DateInput(mask: mask, value: text)
        return input.text == text
    }

    mutating func handle(_ input: InputEvent) -> WidgetOutcome {
        switch self {
        case .text(var w): defer { self = .text(w) }; return w.handle(input)
        case .date(var w): defer { self = .date(w) }; return w.handle(input)
        case .choice(var w): defer { self = .choice(w) }; return w.handle(input)
        case .toggle(var w): defer { self = .toggle(w) }; return w.handle(input)
        }
    }

    func render(into buffer: inout ScreenBuffer, rect: Rect, theme: Theme, focused: Bool) {
        switch self {
        case .text(let w): w.render(into: &buffer, rect: rect, theme: theme, focused: focused)
        case .date(let w): w.render(into: &buffer, rect: rect, theme: theme, focused: focused)
        case .choice(let w): w.render(into: &buffer, rect: rect, theme: theme, focused: focused)
        case .toggle(let w): w.render(into: &buffer, rect: rect, theme: theme, focused: focused)
        }
    }

    var acceptsText: Bool {
        switch self {
        case .text(let w): w.acceptsText
        case .date(let w): w.acceptsText
        case .choice: false
        case .toggle(let w): w.acceptsText
        }
    }

    var keyHelp: HelpSection {
        switch self {
        case .text(let w): w.keyHelp
        case .date(let w): w.keyHelp
        case .choice(let w): w.keyHelp
        case .toggle(let w): w.keyHelp
        }
    }

    /// The text the editor holds (text and date editors).
    var text: String? {
        switch self {
        case .text(let w): w.text
        case .date(let w): w.text
        default: nil
        }
    }
}

extension String {
    var trimmingTrailingNewline: String {
        hasSuffix("\n") ? String(dropLast()) : self
    }
}
