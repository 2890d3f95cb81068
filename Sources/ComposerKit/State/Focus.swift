import PassCore

/// A row of a form, named by what it is and where it writes: stable while the document's shape
/// stays the same, and readable back into a path when the row is gone.
public struct RowID: Hashable, Sendable, CustomStringConvertible {
    public enum Role: String, Hashable, Sendable {
        /// A field: text, date, choice, toggle, a list entry, the transcript, an unknown member.
        case field
        /// A title over a nested object or a list (never focused).
        case heading
        /// The first row of a record in a list (an employment record, a file).
        case record
        /// "Add …" at the end of a list.
        case add
        /// The local file chosen for an asset.
        case file
    }

    public var role: Role
    public var path: JSONPath

    public init(_ role: Role, _ path: JSONPath) {
        self.role = role
        self.path = path
    }

    public var description: String { role == .field ? path.description : "\(role.rawValue):\(path)" }
}

/// Where the composer's focus is: one place, from which the outline's highlight, the form's
/// pointer, the field being edited and the preview's highlighted line all follow.
public enum Focus: Hashable, Sendable {
    /// The outline, on the selected credential.
    case outline
    /// The outline's "add a credential" line (a batch with nothing to send yet).
    case addCredential
    /// A row of the selected credential's form.
    case row(RowID)

    public var rowID: RowID? {
        if case .row(let id) = self { return id }
        return nil
    }

    public var isInOutline: Bool { rowID == nil }
}
