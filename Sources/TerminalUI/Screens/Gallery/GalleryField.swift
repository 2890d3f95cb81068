/// The gallery's controls, in focus order.
enum GalleryField: Int, CaseIterable, Sendable {
    case name, note, issued, month, year, verified, current, credential, partners, preview

    var label: String {
        switch self {
        case .name: return "Name"
        case .note: return "Note"
        case .issued: return "Issued"
        case .month: return "Month"
        case .year: return "Year"
        case .verified: return "Verified"
        case .current: return "Current"
        case .credential: return "Credential"
        case .partners: return "Partners"
        case .preview: return "JSON preview"
        }
    }

    /// The key of this field in the preview JSON.
    var jsonKey: String? {
        switch self {
        case .name: return "name"
        case .note: return "note"
        case .issued: return "issued"
        case .month: return "start_month"
        case .year: return "year"
        case .verified: return "verified"
        case .current: return "current"
        case .credential: return "credential_type"
        case .partners: return "partner_chain"
        case .preview: return nil
        }
    }
}
