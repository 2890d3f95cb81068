/// The v2 batch request [seed 001].
public struct BatchRequest: Payload {
    public static let kind = PayloadKind.batch

    public var credentialID: String
    public var digitalIdentity: CredentialItem<DigitalIdentityFields>
    public var educationItems: [CredentialItem<EducationFields>]
    public var microcredentialItems: [CredentialItem<MicrocredentialFields>]
    public var englishProficiencyItems: [CredentialItem<EnglishProficiencyFields>]
    public var rightToWorkItems: [CredentialItem<RightToWorkFields>]
    public var careerHistory: CareerHistoryRequest?
    public var universalCredentialItems: [CredentialItem<UniversalCredentialFields>]

    public init(credentialID: String, digitalIdentity: CredentialItem<DigitalIdentityFields>,
                educationItems: [CredentialItem<EducationFields>] = [],
                microcredentialItems: [CredentialItem<MicrocredentialFields>] = [],
                englishProficiencyItems: [CredentialItem<EnglishProficiencyFields>] = [],
                rightToWorkItems: [CredentialItem<RightToWorkFields>] = [],
                careerHistory: CareerHistoryRequest? = nil,
                universalCredentialItems: [CredentialItem<UniversalCredentialFields>] = []) {
        self.credentialID = credentialID
        self.digitalIdentity = digitalIdentity
        self.educationItems = educationItems
        self.microcredentialItems = microcredentialItems
        self.englishProficiencyItems = englishProficiencyItems
        self.rightToWorkItems = rightToWorkItems
        self.careerHistory = careerHistory
        self.universalCredentialItems = universalCredentialItems
    }

    enum CodingKeys: String, CodingKey {
        case credentialID = "credential_id"
        case digitalIdentity = "digital_identity"
        case educationItems = "education_items"
        case microcredentialItems = "microcredential_items"
        case englishProficiencyItems = "english_proficiency_items"
        case rightToWorkItems = "right_to_work_items"
        case careerHistory = "career_history"
        case universalCredentialItems = "universal_credential_items"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        credentialID = try c.decode(String.self, forKey: .credentialID)
        digitalIdentity = try c.decode(CredentialItem<DigitalIdentityFields>.self, forKey: .digitalIdentity)
        educationItems = try c.decodeIfPresent([CredentialItem<EducationFields>].self, forKey: .educationItems) ?? []
        microcredentialItems = try c.decodeIfPresent([CredentialItem<MicrocredentialFields>].self, forKey: .microcredentialItems) ?? []
        englishProficiencyItems = try c.decodeIfPresent([CredentialItem<EnglishProficiencyFields>].self, forKey: .englishProficiencyItems) ?? []
        rightToWorkItems = try c.decodeIfPresent([CredentialItem<RightToWorkFields>].self, forKey: .rightToWorkItems) ?? []
        careerHistory = try c.decodeIfPresent(CareerHistoryRequest.self, forKey: .careerHistory)
        universalCredentialItems = try c.decodeIfPresent([CredentialItem<UniversalCredentialFields>].self, forKey: .universalCredentialItems) ?? []
    }

    /// The sections this batch carries, digital identity included.
    public var sections: [BatchSection] {
        var result: [BatchSection] = [.digitalIdentity]
        if !educationItems.isEmpty { result.append(.education) }
        if !microcredentialItems.isEmpty { result.append(.microcredential) }
        if !englishProficiencyItems.isEmpty { result.append(.englishProficiency) }
        if !rightToWorkItems.isEmpty { result.append(.rightToWork) }
        if careerHistory != nil { result.append(.careerHistory) }
        if !universalCredentialItems.isEmpty { result.append(.universalCredential) }
        return result
    }
}

/// The career-history request [seed 003]; also the `career_history` section of a batch.
public struct CareerHistoryRequest: Payload {
    public static let kind = PayloadKind.careerHistory

    public struct Fields: Codable, Sendable, Equatable {
        public var fullName: String
        public var employment: [Employment]
        public init(fullName: String, employment: [Employment]) {
            self.fullName = fullName
            self.employment = employment
        }
        enum CodingKeys: String, CodingKey {
            case fullName = "full_name"
            case employment
        }
    }

    public var credentialID: String
    public var fields: Fields
    /// Beside `fields`, not inside them [seed 003].
    public var partnerChain: [PartnerChainEntry]?

    public init(credentialID: String, fields: Fields, partnerChain: [PartnerChainEntry]? = nil) {
        self.credentialID = credentialID
        self.fields = fields
        self.partnerChain = partnerChain
    }

    enum CodingKeys: String, CodingKey {
        case credentialID = "credential_id"
        case fields
        case partnerChain = "partner_chain"
    }
}

/// One employment record [seed 003].
public struct Employment: Codable, Sendable, Equatable {
    public var organisation: String
    public var roleClassification: String?
    public var roleTitle: String?
    public var startDate: String
    /// nil for the current job.
    public var endDate: String?
    public var lastProcessedMonth: String

    public init(organisation: String, roleClassification: String? = nil, roleTitle: String? = nil,
                startDate: String, endDate: String? = nil, lastProcessedMonth: String) {
        self.organisation = organisation
        self.roleClassification = roleClassification
        self.roleTitle = roleTitle
        self.startDate = startDate
        self.endDate = endDate
        self.lastProcessedMonth = lastProcessedMonth
    }

    enum CodingKeys: String, CodingKey {
        case organisation
        case roleClassification = "role_classification"
        case roleTitle = "role_title"
        case startDate = "start_date"
        case endDate = "end_date"
        case lastProcessedMonth = "last_processed_month"
    }
}

/// The single learning-and-development request [seed 000].
public struct SingleMicrocredentialRequest: Payload {
    public static let kind = PayloadKind.microcredential

    public struct Data: Codable, Sendable, Equatable {
        public var credential: MicrocredentialFields
        /// A URL (pdf/png/jpg), the OpenCert JSON as a string, or nil for none.
        public var document: String?
        public init(credential: MicrocredentialFields, document: String?) {
            self.credential = credential
            self.document = document
        }
    }

    public var id: String
    public var credentialType: String
    public var documentType: DocumentType
    public var data: Data

    public init(id: String, documentType: DocumentType, data: Data) {
        self.id = id
        self.credentialType = "microcredential"
        self.documentType = documentType
        self.data = data
    }

    enum CodingKeys: String, CodingKey {
        case id
        case credentialType = "credential_type"
        case documentType = "document_type"
        case data
    }
}

/// The answer to a successful submission [seed 001].
public struct SubmissionResponse: Codable, Sendable, Equatable {
    public struct AssetUpload: Codable, Sendable, Equatable {
        public var assetID: String
        public var url: String
        public init(assetID: String, url: String) {
            self.assetID = assetID
            self.url = url
        }
        enum CodingKeys: String, CodingKey {
            case assetID = "asset_id"
            case url
        }
    }

    public var redirectURI: String
    public var assetUploads: [AssetUpload]?

    public init(redirectURI: String, assetUploads: [AssetUpload]? = nil) {
        self.redirectURI = redirectURI
        self.assetUploads = assetUploads
    }

    enum CodingKeys: String, CodingKey {
        case redirectURI = "redirect_uri"
        case assetUploads = "asset_uploads"
    }
}
