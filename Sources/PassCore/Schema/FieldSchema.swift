/// Where a rule or a field comes from: the seed documents, the public
/// developer guide, or this project's own reading where both are silent.
public enum Provenance: String, Sendable, Codable, CaseIterable {
    case seed
    case docs
    case model
}

/// The calendar forms a date field can take.
public enum DateForm: String, Sendable, CaseIterable {
    /// `YYYY-MM-DD`
    case day
    /// `YYYY-MM`
    case month
    /// `YYYY`
    case year
    /// `YYYY` or `YYYY-MM-DD` (a transcript subject's completion date)
    case yearOrDay

    /// The mask shown to the user, e.g. `YYYY-MM-DD`.
    public var mask: String {
        switch self {
        case .day: "YYYY-MM-DD"
        case .month: "YYYY-MM"
        case .year: "YYYY"
        case .yearOrDay: "YYYY or YYYY-MM-DD"
        }
    }

    public var example: String {
        switch self {
        case .day: "2024-04-30"
        case .month: "2024-04"
        case .year: "2024"
        case .yearOrDay: "2024 or 2024-04-30"
        }
    }
}

/// What a field holds, and so how it is checked, encoded and edited.
public indirect enum FieldKind: Sendable {
    /// Free text.
    case text
    /// A date in one of the calendar forms.
    case date(DateForm)
    /// One of a fixed list of strings; a value outside it breaks `rule`.
    case choice([String], rule: RuleID)
    /// An ISO 3166-1 alpha-2 country code.
    case country
    /// An absolute http(s) URL.
    case url
    /// A string holding a JSON document (an OpenCert).
    case jsonText
    case boolean
    /// An array of strings.
    case textList
    /// A nested object.
    case object(ObjectSchema)
    /// An array of objects, each of the same shape.
    case objectList(ObjectSchema)

    /// The JSON type the field must have, for messages ("a string").
    public var expectedType: String {
        switch self {
        case .text, .date, .choice, .country, .url, .jsonText: "a string"
        case .boolean: "true or false"
        case .textList: "an array of strings"
        case .object: "an object"
        case .objectList: "an array of objects"
        }
    }
}

/// Whether a field must be present.
public enum Presence: Sendable, Equatable {
    case required
    case optional
    /// Required in some cases, stated by `when` and checked by a rule.
    case conditional(when: String)

    public var isRequired: Bool { self == .required }
}

/// One member of an object in a payload: its key, what it holds, and the
/// words the composer and the validator use for it.
public struct FieldSchema: Sendable {
    public let key: String
    public let kind: FieldKind
    public let presence: Presence
    /// `null` is accepted as a value.
    public let nullable: Bool
    /// A short label for forms ("Course name").
    public let label: String
    /// One sentence on what belongs here.
    public let help: String
    /// A valid example value, shown in messages and placeholders.
    public let example: String?
    public let provenance: Provenance
    /// The rule a blank value of a required field breaks.
    public let blankRule: RuleID
    /// A value that is blank after trimming is accepted (the field must
    /// still be present when required).
    public let blankAllowed: Bool

    public init(
        _ key: String, _ kind: FieldKind, _ presence: Presence = .required, nullable: Bool = false,
        label: String, help: String, example: String? = nil, provenance: Provenance = .seed,
        blankRule: RuleID = .required, blankAllowed: Bool = false
    ) {
        self.blankRule = blankRule
        self.blankAllowed = blankAllowed
        self.key = key
        self.kind = kind
        self.presence = presence
        self.nullable = nullable
        self.label = label
        self.help = help
        self.example = example
        self.provenance = provenance
    }
}

/// The shape of one kind of JSON object: its fields in the order the
/// partner documents list them, which is the order they are sent in.
public struct ObjectSchema: Sendable {
    /// A name for messages ("an education item's fields").
    public let name: String
    public let fields: [FieldSchema]
    /// Keys that belong somewhere else, with where: the hint an unknown-key
    /// finding gives for them.
    public let misplaced: [String: String]

    public init(name: String, fields: [FieldSchema], misplaced: [String: String] = [:]) {
        self.name = name
        self.fields = fields
        self.misplaced = misplaced
    }

    public func field(_ key: String) -> FieldSchema? {
        fields.first { $0.key == key }
    }

    public var keys: [String] { fields.map(\.key) }
}
