/// The shape of every object the partner API accepts, as data: the field
/// lists of SPEC §2–§5 in the documents' order. The validator checks against
/// it, the encoder orders keys by it and the composer builds its forms from it.
public struct PayloadSchemas: Sendable {
    public let rules: ModelRules

    public let partnerChainEntry: ObjectSchema
    public let transcript: ObjectSchema
    public let testScores: ObjectSchema
    public let employment: ObjectSchema
    /// The `fields` object of each batch section.
    public let fields: [BatchSection: ObjectSchema]
    /// One item of each batch section: `credential_id`, `fields`, `assets`…
    public let items: [BatchSection: ObjectSchema]
    public let batch: ObjectSchema
    public let careerHistoryRequest: ObjectSchema
    public let singleRequest: ObjectSchema
    public let singleData: ObjectSchema

    /// The schemas under the shipped rules.
    public static let standard = PayloadSchemas(rules: .standard)

    /// The root schema of a request kind.
    public func root(_ kind: PayloadKind) -> ObjectSchema {
        switch kind {
        case .batch: batch
        case .careerHistory: careerHistoryRequest
        case .microcredential: singleRequest
        }
    }

    public init(rules: ModelRules) {
        self.rules = rules
        let fullName = FieldSchema(
            "full_name", .text, label: "Full name",
            help: "The holder's name as on the credential; the same on every item of a batch.",
            example: "John Doe")

        let chainEntry = ObjectSchema(name: "a partner_chain entry", fields: [
            FieldSchema("name", .text, label: "Name",
                        help: "The name of an intermediary between you and the issuer.", example: "ABC University Network",
                        provenance: .seed, blankRule: .chainBlank, blankAllowed: !rules.chainNamesNonBlank),
        ])
        partnerChainEntry = chainEntry
        let chain = FieldSchema(
            "partner_chain", .objectList(chainEntry), .optional, nullable: true, label: "Partner chain",
            help: "Intermediaries between the integration partner and the issuer, parent first; omit when there are none.",
            provenance: .seed)

        func assets(_ section: BatchSection) -> FieldSchema {
            let asset = ObjectSchema(name: "an asset of \(section.key)", fields: [
                FieldSchema("asset_id", .text, label: "Asset id",
                            help: "A unique id for the file; the answer names its upload link by it.",
                            example: "3601f8ae-9181-41a3-89ed-6dbe5ecde2b5-micro-1-asset"),
                FieldSchema("asset_type", .choice(section.assetTypes.map(\.rawValue), rule: .assetType),
                            label: "Type", help: "The kind of file: " + section.assetTypes.map(\.rawValue).joined(separator: ", ") + ".",
                            example: section.assetTypes.first?.rawValue),
            ])
            return FieldSchema("assets", .objectList(asset), .optional, label: "Files",
                               help: "Files uploaded after submission, one upload link each.")
        }

        let identity = ObjectSchema(name: "the digital identity's fields", fields: [
            fullName,
            FieldSchema("date_of_birth", .date(.day), .optional, nullable: true, label: "Date of birth",
                        help: "The holder's date of birth.", example: "1990-05-17", provenance: .docs),
            FieldSchema("identity_document_validity",
                        .choice(["manual", "government_database", "verifiable_credential"], rule: .choice), .optional,
                        label: "Document validity", help: "How the identity document was checked.",
                        example: "manual", provenance: .docs),
            FieldSchema("identity_document_liveness", .choice(["automated", "in_person"], rule: .choice), .optional,
                        label: "Liveness", help: "How the holder was seen to be present.",
                        example: "in_person", provenance: .docs),
            FieldSchema("identity_document_person_match",
                        .choice(["manual", "automated", "government_database"], rule: .choice), .optional,
                        label: "Person match", help: "How the holder was matched to the document.",
                        example: "manual", provenance: .docs),
        ])

        let transcriptOverall = ObjectSchema(name: "the transcript's overall result", fields: [
            FieldSchema("issuance_date", .date(.day), label: "Issued", help: "The day the transcript was issued.",
                        example: "2024-12-01", provenance: .docs),
            FieldSchema("score", .text, .optional, label: "Overall score", help: "The overall score, e.g. a GPA.", example: "3.8",
                        provenance: .docs),
        ])
        let subject = ObjectSchema(name: "a transcript subject", fields: [
            FieldSchema("name", .text, label: "Subject", help: "The subject's name.", example: "Algorithms", provenance: .docs),
            FieldSchema("code", .text, label: "Code", help: "The subject's code.", example: "COMP20003", provenance: .docs),
            FieldSchema("credit", .text, .optional, label: "Credit", help: "The credit points it is worth.", example: "12.5", provenance: .docs),
            FieldSchema("score", .text, .optional, label: "Score", help: "The mark it received.", example: "85", provenance: .docs),
            FieldSchema("grade", .text, label: "Grade", help: "The grade, e.g. A+, High Distinction or Pass.", example: "H1",
                        provenance: .docs),
            FieldSchema("completion_date", .date(.yearOrDay), label: "Completed",
                        help: "The year (YYYY) or the day (YYYY-MM-DD) it was completed.", example: "2023", provenance: .docs),
        ])
        let transcript = ObjectSchema(name: "a transcript", fields: [
            FieldSchema("overall", .object(transcriptOverall), label: "Overall", help: "The overall result.",
                        provenance: .docs),
            FieldSchema("subjects", .objectList(subject), label: "Subjects", help: "Each subject taken.",
                        provenance: .docs),
        ])
        self.transcript = transcript

        let education = ObjectSchema(name: "an education item's fields", fields: [
            fullName,
            FieldSchema("education_provider", .text, label: "Provider", help: "The name of the institution that conferred it.",
                        example: "University of Melbourne"),
            FieldSchema("course_name", .text, label: "Course", help: "The course or qualification.",
                        example: "Bachelor of Science"),
            FieldSchema("conferral_year", .date(.year), .conditional(when: "unless awaiting_graduation is true"),
                        nullable: true, label: "Conferral year",
                        help: "The year it was conferred; null only while awaiting graduation.", example: "2024"),
            FieldSchema("awaiting_graduation", .boolean, .optional, label: "Awaiting graduation",
                        help: "True when the course is finished but not yet conferred."),
            FieldSchema("has_majors", .boolean, .optional, label: "Has majors", help: "True when majors are listed."),
            FieldSchema("majors", .textList, .conditional(when: "when has_majors is true"), label: "Majors",
                        help: "The majors, one per entry.", example: "Computer Science"),
            FieldSchema("with_honours", .boolean, .optional, label: "With honours", help: "True for an honours degree."),
            FieldSchema("transcript", .object(transcript), .optional, label: "Transcript",
                        help: "The overall result and each subject.", provenance: .docs),
            chain,
        ])

        let micro = ObjectSchema(name: "a microcredential's fields", fields: [
            fullName,
            FieldSchema("issuer_name", .text, label: "Issuer", help: "The name of the issuer.",
                        example: "Skill Test Provider"),
            FieldSchema("microcredential_name", .text, label: "Name", help: "The credential's name.",
                        example: "AI Essentials"),
            FieldSchema("issue_date", .date(.day), label: "Issued", help: "The day it was issued.", example: "2024-04-30"),
            FieldSchema("expiry_date", .date(.day), .optional, label: "Expires",
                        help: "The day it expires; not before the issue date.", example: "2026-08-30"),
            FieldSchema("assessment_result", .text, .optional, nullable: true, label: "Result",
                        help: "A short text, e.g. 85% or Pass.", example: "Pass"),
            chain,
        ])

        let levels = FieldKind.choice(rules.cefrLevels, rule: .cefrLevel)
        let cefr = ObjectSchema(name: "the CEFR scores", fields: ["combined", "reading", "listening", "speaking", "writing"].map {
            FieldSchema($0, levels, .optional, label: $0.prefix(1).uppercased() + $0.dropFirst(),
                        help: "A CEFR level: " + rules.cefrLevels.joined(separator: " ") + ".", example: "B2",
                        provenance: .model)
        })
        let overall = ObjectSchema(name: "the overall score", fields: [
            FieldSchema("score", .text, label: "Score", help: "The overall score.", example: "100"),
            FieldSchema("scale", .text, label: "Scale", help: "The scale it is on.", example: "EnglishScore"),
        ])
        let subskill = ObjectSchema(name: "a subskill score", fields: [
            FieldSchema("skill", .text, label: "Skill", help: "The subskill's name.", example: "Grammar", provenance: .docs),
            FieldSchema("score", .text, label: "Score", help: "The subskill's score.", example: "85", provenance: .docs),
        ])
        let testScores = ObjectSchema(name: "the test scores", fields: [
            FieldSchema("cefr_scores", .object(cefr), label: "CEFR scores", help: "A CEFR level per skill: combined, reading, listening, speaking, writing."),
            FieldSchema("overall", .object(overall), label: "Overall", help: "The overall score and its scale."),
            FieldSchema("subskills", .objectList(subskill), .optional, label: "Subskills",
                        help: "Scores of finer skills, each {skill, score}.", provenance: .docs),
        ])
        self.testScores = testScores
        let english = ObjectSchema(name: "an English proficiency item's fields", fields: [
            fullName,
            FieldSchema("test_provider", .text, label: "Test provider", help: "The name of the test's provider.",
                        example: "Skill Test Provider"),
            FieldSchema("test_name", .text, label: "Test", help: "The test's name.", example: "English SPEAKING"),
            FieldSchema("completion_date", .date(.day), label: "Completed", help: "The day the test was completed.",
                        example: "2024-01-01"),
            FieldSchema("expiry_date", .date(.day), .optional, label: "Expires",
                        help: "The day the result expires; not before completion.", example: "2026-01-01"),
            FieldSchema("test_scores", .object(testScores), label: "Scores", help: "CEFR levels and the overall score."),
            chain,
        ])

        let rightToWork = ObjectSchema(name: "a right-to-work item's fields", fields: [
            fullName,
            FieldSchema("country", .country, label: "Country", help: "A two-letter ISO 3166 country code.",
                        example: "SG", provenance: .docs),
            FieldSchema("singapore_work_rights", .text, .conditional(when: "when country is SG"),
                        label: "Singapore work rights", help: "The holder's work rights in Singapore; required when country is SG.", example: "resident"),
            FieldSchema(chain.key, chain.kind, chain.presence, nullable: true, label: chain.label, help: chain.help,
                        provenance: .docs),
        ])

        let employment = ObjectSchema(name: "an employment record", fields: [
            FieldSchema("organisation", .text, label: "Organisation", help: "The name of the employer.", example: "Company A"),
            FieldSchema("role_classification", .text, .conditional(when: "unless role_title is given"),
                        label: "Classification", help: "A broad label for the role; it, the title or both must be given.", example: "Software Engineer"),
            FieldSchema("role_title", .text, .conditional(when: "unless role_classification is given"),
                        label: "Title", help: "The official job title; it, the classification or both must be given.", example: "Senior Software Engineer"),
            FieldSchema("start_date", .date(.month), label: "Started", help: "The month it began.", example: "2023-02"),
            FieldSchema("end_date", .date(.month), .optional, nullable: true, label: "Ended",
                        help: "The month it ended; null or left out for the current job.", example: "2024-05"),
            FieldSchema("last_processed_month", .date(.month), label: "Last processed",
                        help: "The latest month the data covers.", example: "2024-05"),
        ])
        self.employment = employment
        let career = ObjectSchema(name: "the career history's fields", fields: [
            fullName,
            FieldSchema("employment", .objectList(employment), label: "Employment", help: "An array of employment records, one per job."),
        ], misplaced: ["partner_chain": "put it beside fields: a career history carries its partner_chain there, not inside fields"])

        let universal = ObjectSchema(name: "a universal credential's fields", fields: [
            fullName,
            FieldSchema("credential_name", .text, label: "Name", help: "The credential's name.",
                        example: "Example Certification"),
            FieldSchema("credential_sub_type", .text, label: "Sub-type", help: "The kind of credential, e.g. Cert.", example: "Cert"),
            FieldSchema("issuer_name", .text, label: "Issuer", help: "The name of the issuer.", example: "Example Issuer"),
            FieldSchema("issue_date", .date(.day), label: "Issued", help: "The day it was issued.", example: "2024-08-31"),
            FieldSchema("expiry_date", .date(.day), .optional, label: "Expires",
                        help: "The day it expires; not before the issue date.", example: "2026-08-31"),
        ], misplaced: ["partner_chain": "a universal credential has no partner_chain; remove it"])

        var fields: [BatchSection: ObjectSchema] = [:]
        fields[.digitalIdentity] = identity
        fields[.education] = education
        fields[.microcredential] = micro
        fields[.englishProficiency] = english
        fields[.rightToWork] = rightToWork
        fields[.careerHistory] = career
        fields[.universalCredential] = universal
        self.fields = fields

        let credentialID = FieldSchema(
            "credential_id", .text, label: "Credential id", help: "A unique id for this credential.",
            example: "3601f8ae-9181-41a3-89ed-6dbe5ecde2b5-micro-1")
        var items: [BatchSection: ObjectSchema] = [:]
        for section in BatchSection.allCases {
            var itemFields = [
                credentialID,
                FieldSchema("fields", .object(fields[section] ?? identity), label: "Fields", help: "The credential's fields, an object."),
            ]
            if !section.assetTypes.isEmpty { itemFields.append(assets(section)) }
            if section.partnerChainPlacement == .besideFields { itemFields.append(chain) }
            let name = section.isList ? "an item of \(section.key)" : section.key
            items[section] = ObjectSchema(name: name, fields: itemFields)
        }
        self.items = items

        batch = ObjectSchema(name: "a batch request", fields: [
            FieldSchema("credential_id", .text, label: "Batch id", help: "A unique id for the whole request.",
                        example: "3601f8ae-9181-41a3-89ed-6dbe5ecde2b5"),
        ] + BatchSection.allCases.map { section in
            let item = items[section] ?? ObjectSchema(name: section.key, fields: [])
            let kind: FieldKind = section.isList ? .objectList(item) : .object(item)
            let presence: Presence = section == .digitalIdentity ? .required : .optional
            let help: String
            switch section {
            case .digitalIdentity: help = "The holder's digital identity, with its credential_id and fields."
            case .careerHistory: help = "The career history, with its credential_id, fields and partner_chain if any."
            default:
                let empty = rules.isAlwaysSent(section) ? "[] when there are none" : "left out when there are none"
                help = "The \(section.title.lowercased()) credentials, one object each; \(empty)."
            }
            return FieldSchema(section.key, kind, presence, label: section.title, help: help)
        })

        careerHistoryRequest = items[.careerHistory] ?? ObjectSchema(name: "a career history request", fields: [])

        let data = ObjectSchema(name: "the request's data", fields: [
            FieldSchema("credential", .object(micro), label: "Credential", help: "The microcredential's fields, an object."),
            FieldSchema("document", .text, .conditional(when: "unless document_type is none"), nullable: true,
                        label: "Document",
                        help: "A URL to the PDF/PNG/JPG, the OpenCert JSON as a string, or null for none."),
        ])
        singleData = data
        singleRequest = ObjectSchema(name: "a single L&D request", fields: [
            FieldSchema("id", .text, label: "Request id", help: "A unique id for the request.",
                        example: "fa651300-b91a-49cb-8ee7-cac68b3fdf74"),
            FieldSchema("credential_type", .choice(["microcredential"], rule: .credentialType), label: "Credential type",
                        help: "The kind of credential; always microcredential.", example: "microcredential"),
            FieldSchema("document_type", .choice(DocumentType.allCases.map(\.rawValue), rule: .choice),
                        label: "Document type", help: "The kind of document attached: pdf, png, jpg, open_cert or none.", example: "pdf"),
            FieldSchema("data", .object(data), label: "Data", help: "The credential and its document."),
        ])
    }
}

/// The `document_type` of a single L&D request [seed 000].
public enum DocumentType: String, Sendable, Codable, CaseIterable {
    case pdf
    case png
    case jpg
    case openCert = "open_cert"
    case none
}
