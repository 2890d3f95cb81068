/// The digital identity's fields [seed 001, docs].
public struct DigitalIdentityFields: Codable, Sendable, Equatable {
    public var fullName: String
    public var dateOfBirth: String?
    public var identityDocumentValidity: String?
    public var identityDocumentLiveness: String?
    public var identityDocumentPersonMatch: String?

    public init(fullName: String, dateOfBirth: String? = nil, identityDocumentValidity: String? = nil,
                identityDocumentLiveness: String? = nil, identityDocumentPersonMatch: String? = nil) {
        self.fullName = fullName
        self.dateOfBirth = dateOfBirth
        self.identityDocumentValidity = identityDocumentValidity
        self.identityDocumentLiveness = identityDocumentLiveness
        self.identityDocumentPersonMatch = identityDocumentPersonMatch
    }

    enum CodingKeys: String, CodingKey {
        case fullName = "full_name"
        case dateOfBirth = "date_of_birth"
        case identityDocumentValidity = "identity_document_validity"
        case identityDocumentLiveness = "identity_document_liveness"
        case identityDocumentPersonMatch = "identity_document_person_match"
    }
}

/// An education item's fields [seed 001, docs].
public struct EducationFields: Codable, Sendable, Equatable {
    public var fullName: String
    public var educationProvider: String
    public var courseName: String
    /// `YYYY`; nil while awaiting graduation (sent as `null`).
    public var conferralYear: String?
    public var awaitingGraduation: Bool?
    public var hasMajors: Bool?
    public var majors: [String]?
    public var withHonours: Bool?
    public var transcript: Transcript?
    public var partnerChain: [PartnerChainEntry]?

    public init(fullName: String, educationProvider: String, courseName: String, conferralYear: String?,
                awaitingGraduation: Bool? = nil, hasMajors: Bool? = nil, majors: [String]? = nil,
                withHonours: Bool? = nil, transcript: Transcript? = nil, partnerChain: [PartnerChainEntry]? = nil) {
        self.fullName = fullName
        self.educationProvider = educationProvider
        self.courseName = courseName
        self.conferralYear = conferralYear
        self.awaitingGraduation = awaitingGraduation
        self.hasMajors = hasMajors
        self.majors = majors
        self.withHonours = withHonours
        self.transcript = transcript
        self.partnerChain = partnerChain
    }

    enum CodingKeys: String, CodingKey {
        case fullName = "full_name"
        case educationProvider = "education_provider"
        case courseName = "course_name"
        case conferralYear = "conferral_year"
        case awaitingGraduation = "awaiting_graduation"
        case hasMajors = "has_majors"
        case majors
        case withHonours = "with_honours"
        case transcript
        case partnerChain = "partner_chain"
    }
}

/// An education transcript [docs].
public struct Transcript: Codable, Sendable, Equatable {
    public struct Overall: Codable, Sendable, Equatable {
        public var issuanceDate: String
        public var score: String?
        public init(issuanceDate: String, score: String? = nil) {
            self.issuanceDate = issuanceDate
            self.score = score
        }
        enum CodingKeys: String, CodingKey {
            case issuanceDate = "issuance_date"
            case score
        }
    }

    public struct Subject: Codable, Sendable, Equatable {
        public var name: String
        public var code: String
        public var credit: String?
        public var score: String?
        public var grade: String
        public var completionDate: String
        public init(name: String, code: String, credit: String? = nil, score: String? = nil, grade: String,
                    completionDate: String) {
            self.name = name
            self.code = code
            self.credit = credit
            self.score = score
            self.grade = grade
            self.completionDate = completionDate
        }
        enum CodingKeys: String, CodingKey {
            case name, code, credit, score, grade
            case completionDate = "completion_date"
        }
    }

    public var overall: Overall
    public var subjects: [Subject]

    public init(overall: Overall, subjects: [Subject]) {
        self.overall = overall
        self.subjects = subjects
    }
}

/// A microcredential's fields, in a batch and in a single request [seed 000, seed 001].
public struct MicrocredentialFields: Codable, Sendable, Equatable {
    public var fullName: String
    public var issuerName: String
    public var microcredentialName: String
    public var issueDate: String
    public var expiryDate: String?
    public var assessmentResult: String?
    public var partnerChain: [PartnerChainEntry]?

    public init(fullName: String, issuerName: String, microcredentialName: String, issueDate: String,
                expiryDate: String? = nil, assessmentResult: String? = nil, partnerChain: [PartnerChainEntry]? = nil) {
        self.fullName = fullName
        self.issuerName = issuerName
        self.microcredentialName = microcredentialName
        self.issueDate = issueDate
        self.expiryDate = expiryDate
        self.assessmentResult = assessmentResult
        self.partnerChain = partnerChain
    }

    enum CodingKeys: String, CodingKey {
        case fullName = "full_name"
        case issuerName = "issuer_name"
        case microcredentialName = "microcredential_name"
        case issueDate = "issue_date"
        case expiryDate = "expiry_date"
        case assessmentResult = "assessment_result"
        case partnerChain = "partner_chain"
    }
}

/// An English proficiency item's fields [seed 001].
public struct EnglishProficiencyFields: Codable, Sendable, Equatable {
    public var fullName: String
    public var testProvider: String
    public var testName: String
    public var completionDate: String
    public var expiryDate: String?
    public var testScores: TestScores
    public var partnerChain: [PartnerChainEntry]?

    public init(fullName: String, testProvider: String, testName: String, completionDate: String,
                expiryDate: String? = nil, testScores: TestScores, partnerChain: [PartnerChainEntry]? = nil) {
        self.fullName = fullName
        self.testProvider = testProvider
        self.testName = testName
        self.completionDate = completionDate
        self.expiryDate = expiryDate
        self.testScores = testScores
        self.partnerChain = partnerChain
    }

    enum CodingKeys: String, CodingKey {
        case fullName = "full_name"
        case testProvider = "test_provider"
        case testName = "test_name"
        case completionDate = "completion_date"
        case expiryDate = "expiry_date"
        case testScores = "test_scores"
        case partnerChain = "partner_chain"
    }
}

/// The scores of an English test [seed 001, docs].
public struct TestScores: Codable, Sendable, Equatable {
    public struct CEFRScores: Codable, Sendable, Equatable {
        public var combined: String?
        public var reading: String?
        public var listening: String?
        public var speaking: String?
        public var writing: String?
        public init(combined: String? = nil, reading: String? = nil, listening: String? = nil,
                    speaking: String? = nil, writing: String? = nil) {
            self.combined = combined
            self.reading = reading
            self.listening = listening
            self.speaking = speaking
            self.writing = writing
        }
    }

    public struct Overall: Codable, Sendable, Equatable {
        public var score: String
        public var scale: String
        public init(score: String, scale: String) {
            self.score = score
            self.scale = scale
        }
    }

    public struct Subskill: Codable, Sendable, Equatable {
        public var skill: String
        public var score: String
        public init(skill: String, score: String) {
            self.skill = skill
            self.score = score
        }
    }

    public var cefrScores: CEFRScores
    public var overall: Overall
    public var subskills: [Subskill]?

    public init(cefrScores: CEFRScores, overall: Overall, subskills: [Subskill]? = nil) {
        self.cefrScores = cefrScores
        self.overall = overall
        self.subskills = subskills
    }

    enum CodingKeys: String, CodingKey {
        case cefrScores = "cefr_scores"
        case overall
        case subskills
    }
}

/// A right-to-work item's fields [seed 001, docs].
public struct RightToWorkFields: Codable, Sendable, Equatable {
    public var fullName: String
    public var country: String
    public var singaporeWorkRights: String?
    public var partnerChain: [PartnerChainEntry]?

    public init(fullName: String, country: String, singaporeWorkRights: String? = nil,
                partnerChain: [PartnerChainEntry]? = nil) {
        self.fullName = fullName
        self.country = country
        self.singaporeWorkRights = singaporeWorkRights
        self.partnerChain = partnerChain
    }

    enum CodingKeys: String, CodingKey {
        case fullName = "full_name"
        case country
        case singaporeWorkRights = "singapore_work_rights"
        case partnerChain = "partner_chain"
    }
}

/// A universal credential's fields, batch shape [seed 001].
public struct UniversalCredentialFields: Codable, Sendable, Equatable {
    public var fullName: String
    public var credentialName: String
    public var credentialSubType: String
    public var issuerName: String
    public var issueDate: String
    public var expiryDate: String?

    public init(fullName: String, credentialName: String, credentialSubType: String, issuerName: String,
                issueDate: String, expiryDate: String? = nil) {
        self.fullName = fullName
        self.credentialName = credentialName
        self.credentialSubType = credentialSubType
        self.issuerName = issuerName
        self.issueDate = issueDate
        self.expiryDate = expiryDate
    }

    enum CodingKeys: String, CodingKey {
        case fullName = "full_name"
        case credentialName = "credential_name"
        case credentialSubType = "credential_sub_type"
        case issuerName = "issuer_name"
        case issueDate = "issue_date"
        case expiryDate = "expiry_date"
    }
}
