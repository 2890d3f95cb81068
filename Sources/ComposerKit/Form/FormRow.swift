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
    public var id: String
    public var path: JSONPath
    public var label: String
    public var help: String
    public var control: FormControl
    /// Nesting level, for indentation.
    public var depth: Int
    public var isRequired: Bool
    /// An example value, shown as a placeholder.
    public var placeholder: String?

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
        case .add: id = "add:" + path.description
        case .heading: id = "head:" + path.description
        case .assetFile: id = "file:" + path.description
        case .record: id = "rec:" + path.description
        default: id = path.description
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
}
