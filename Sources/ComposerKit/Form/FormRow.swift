import PassCore

/// How a row of a form is edited.
public enum FormControl: Sendable, Equatable {
    /// A single line of text.
    case text
    /// A date typed into a mask.
    case date(DateForm)
    /// One of a list of values (or none, when the field is optional).
    case choice([String])
    /// Absent, true or false.
    case toggle
    /// A title over the rows of a nested object or a list.
    case heading
    /// One entry of a list of strings, or one partner_chain name: edited as
    /// text, and removable and movable within `list`.
    case listEntry(list: JSONPath, index: Int)
    /// The first row of a record in a list (an employment record, an asset…):
    /// removable, movable and duplicable within `list`.
    case record(list: JSONPath, index: Int)
    /// "Add …" at the end of a list.
    case add(list: JSONPath, noun: String)
    /// A JSON value edited as text (the transcript).
    case json
    /// The local file to upload for an asset.
    case assetFile(assetID: String, allowed: [AssetType])
    /// The file an OpenCert document is read from (single requests).
    case openCertFile
    /// A member the schema does not know; it can only be removed.
    case unknownKey
}

/// One row of a form: a field or a structural line, with where it writes,
/// what it is called and what is wrong with it.
public struct FormRow: Sendable, Equatable, Identifiable {
    /// Stable while the document's shape stays the same.
    public var id: RowID
    public var path: JSONPath
    public var label: String
    public var help: String
    public var control: FormControl
    /// Nesting level, for indentation.
    public var depth: Int
    public var isRequired: Bool
    /// An example value, shown as a placeholder.
    public var placeholder: String?
    /// Letters typed become capitals (country codes: `sg` is `SG`).
    public var isUppercase = false

    public init(path: JSONPath, label: String, help: String, control: FormControl, depth: Int,
                isRequired: Bool = false, placeholder: String? = nil) {
        self.path = path
        self.label = label
        self.help = help
        self.control = control
        self.depth = depth
        self.isRequired = isRequired
        self.placeholder = placeholder
        switch control {
        case .add: id = RowID(.add, path)
        case .heading: id = RowID(.heading, path)
        case .assetFile: id = RowID(.file, path)
        case .record: id = RowID(.record, path)
        default: id = RowID(.field, path)
        }
    }

    /// True for rows that take typed text.
    public var takesText: Bool {
        switch control {
        case .text, .date, .listEntry, .json, .assetFile, .openCertFile: true
        default: false
        }
    }

    /// True for rows focus can land on.
    public var isFocusable: Bool {
        control != .heading
    }

    /// True for the rows of generated ids (`credential_id`, a single request's `id`, `asset_id`):
    /// they are edited only deliberately (Enter first), never by typing that lands on them.
    public var isGeneratedID: Bool {
        guard control == .text, let key = path.lastKey else { return false }
        return key == "credential_id" || key == "asset_id" || (key == "id" && path.components.count == 1)
    }

    /// Where the text typed into this row goes, and how.
    public var textKind: TextKind? {
        switch control {
        case .text, .listEntry: .plain
        case .date(let form): DateMask(form).map(TextKind.date) ?? .plain
        case .assetFile: .filePath
        case .openCertFile: .filePath
        default: nil
        }
    }

    /// How a text row takes what is typed.
    public enum TextKind: Hashable, Sendable {
        case plain
        case date(DateMask)
        case filePath
    }
}
