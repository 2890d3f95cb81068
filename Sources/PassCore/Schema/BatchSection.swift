/// The seven sections of a v2 batch request [seed 001], in the order the
/// partner documents list them.
public enum BatchSection: String, Sendable, CaseIterable, Codable {
    case digitalIdentity = "digital_identity"
    case education = "education_items"
    case microcredential = "microcredential_items"
    case englishProficiency = "english_proficiency_items"
    case rightToWork = "right_to_work_items"
    case careerHistory = "career_history"
    case universalCredential = "universal_credential_items"

    /// The JSON key of the section.
    public var key: String { rawValue }

    /// A title for people ("Education").
    public var title: String {
        switch self {
        case .digitalIdentity: "Digital identity"
        case .education: "Education"
        case .microcredential: "Microcredential"
        case .englishProficiency: "English proficiency"
        case .rightToWork: "Right to work"
        case .careerHistory: "Career history"
        case .universalCredential: "Universal credential"
        }
    }

    /// A title that fits a narrow column ("English").
    public var shortTitle: String {
        switch self {
        case .digitalIdentity: "Holder"
        case .education: "Education"
        case .microcredential: "Microcredentials"
        case .englishProficiency: "English"
        case .rightToWork: "Right to work"
        case .careerHistory: "Career history"
        case .universalCredential: "Universal"
        }
    }

    /// True for the sections that hold an array of items; the other two
    /// hold one object.
    public var isList: Bool {
        switch self {
        case .digitalIdentity, .careerHistory: false
        default: true
        }
    }

    /// The OAuth scope a request carrying this section needs [seed 001, seed 003, docs].
    public var scope: String {
        switch self {
        case .digitalIdentity: "write.digital_identity"
        case .education: "write.education"
        case .microcredential: "write.microcredential"
        case .englishProficiency: "write.english_proficiency"
        case .rightToWork: "write.right_to_work"
        case .careerHistory: "write.career_history"
        case .universalCredential: "write.universal"
        }
    }

    /// The suffix the seed sample gives item ids: `<batch id>-micro-1`.
    public var idSuffix: String {
        switch self {
        case .digitalIdentity: "1"
        case .education: "edu"
        case .microcredential: "micro"
        case .englishProficiency: "eng"
        case .rightToWork: "rtw"
        case .careerHistory: "ch"
        case .universalCredential: "uc"
        }
    }

    /// The asset types the section accepts [seed 001]; empty when it takes none.
    public var assetTypes: [AssetType] {
        switch self {
        case .education: [.pdf, .openCert]
        case .microcredential: [.pdf, .jpg, .png, .openCert]
        case .englishProficiency: [.pdf]
        case .universalCredential: [.pdf, .png]
        case .digitalIdentity, .rightToWork, .careerHistory: []
        }
    }

    /// The field naming the credential's issuer, which a partner_chain must
    /// not repeat [seed 002].
    public var issuerKey: String? {
        switch self {
        case .education: "education_provider"
        case .microcredential, .universalCredential: "issuer_name"
        case .englishProficiency: "test_provider"
        case .digitalIdentity, .rightToWork, .careerHistory: nil
        }
    }

    /// Where the item's partner_chain sits: inside `fields`, beside them
    /// (career history [seed 003]), or nowhere.
    public var partnerChainPlacement: PartnerChainPlacement {
        switch self {
        case .education, .microcredential, .englishProficiency, .rightToWork: .inFields
        case .careerHistory: .besideFields
        case .digitalIdentity, .universalCredential: .none
        }
    }
}

/// Where an item carries its partner_chain.
public enum PartnerChainPlacement: Sendable {
    case inFields
    case besideFields
    case none
}
