import PassCore

/// The cards of a request body, one per credential, by type; labels come
/// from the payload schemas, so the page names a field as the composer does.
extension HolderCard {
    static func cards(of value: JSONValue, kind: PayloadKind) -> [HolderCard] {
        switch kind {
        case .batch:
            return Validator.items(of: value).map { section, _, item in card(item, in: section) }
        case .careerHistory:
            return [card(value, in: .careerHistory)]
        case .microcredential:
            return [single(value)]
        }
    }

    /// The holder's name: the digital identity's, or the credential's.
    static func holderName(of value: JSONValue, kind: PayloadKind) -> String? {
        switch kind {
        case .batch: value["digital_identity"]?["fields"]?["full_name"]?.stringValue
        case .careerHistory: value["fields"]?["full_name"]?.stringValue
        case .microcredential: value["data"]?["credential"]?["full_name"]?.stringValue
        }
    }

    static func label(_ section: BatchSection, _ key: String) -> String {
        PayloadSchemas.standard.fields[section]?.field(key)?.label ?? HolderText.choice(key)
    }

    private static func label(_ schema: ObjectSchema, _ key: String) -> String {
        schema.field(key)?.label ?? HolderText.choice(key)
    }

    /// A batch item, or a career-history request (the same shape).
    static func card(_ item: JSONValue, in section: BatchSection) -> HolderCard {
        let fields = item["fields"] ?? .null
        var card = fields.card(section)
        switch section.partnerChainPlacement {
        case .inFields: card.chain = chainNames(fields["partner_chain"])
        case .besideFields: card.chain = chainNames(item["partner_chain"])
        case .none: break
        }
        card.assetIDs = (item["assets"]?.arrayValue ?? []).compactMap { $0["asset_id"]?.stringValue }
        return card
    }

    /// The single L&D request: its microcredential and its document.
    static func single(_ value: JSONValue) -> HolderCard {
        let credential = value["data"]?["credential"] ?? .null
        var card = credential.card(.microcredential)
        card.section = "single"
        card.chain = chainNames(credential["partner_chain"])
        let type = value["document_type"]?.stringValue ?? "none"
        let document = value["data"]?["document"]
        switch type {
        case "none":
            card.fact("Document", "none")
        case "open_cert":
            let version = document?.stringValue.flatMap { try? JSONParser.parse(Array($0.utf8)) }?["version"]?.stringValue
            card.fact("Document", "OpenCert" + (version.map { " (version \($0))" } ?? ""))
        default:
            let name = AssetType(rawValue: type)?.displayName ?? type
            card.fact("Document", name + (document?.stringValue.map { " at \($0)" } ?? ""))
        }
        return card
    }

    static func chainNames(_ value: JSONValue?) -> [String] {
        (value?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }
    }
}

private extension JSONValue {
    func text(_ key: String) -> String? {
        self[key]?.stringValue
    }

    func date(_ key: String) -> String? {
        text(key).map(HolderText.date)
    }

    func yesNo(_ key: String) -> String? {
        self[key]?.boolValue.map { $0 ? "yes" : "no" }
    }

    /// The card of `fields` of an item of `section`.
    func card(_ section: BatchSection) -> HolderCard {
        let label = { (key: String) in HolderCard.label(section, key) }
        switch section {
        case .digitalIdentity:
            var card = HolderCard(section: section.key, type: section.title, title: text("full_name") ?? "")
            card.fact(label("date_of_birth"), date("date_of_birth"))
            for key in ["identity_document_validity", "identity_document_liveness", "identity_document_person_match"] {
                card.fact(label(key), text(key).map(HolderText.choice))
            }
            return card
        case .education:
            var card = HolderCard(section: section.key, type: section.title, title: text("course_name") ?? "")
            card.fact(label("education_provider"), text("education_provider"))
            card.fact(label("conferral_year"), self["awaiting_graduation"]?.boolValue == true ? "awaiting graduation" : text("conferral_year"))
            card.fact(label("majors"), self["majors"]?.arrayValue.map { $0.compactMap(\.stringValue).joined(separator: ", ") })
            card.fact(label("with_honours"), yesNo("with_honours"))
            if let transcript = self["transcript"] { card.extra.append(transcript.transcriptHTML) }
            return card
        case .microcredential:
            var card = HolderCard(section: section.key, type: section.title, title: text("microcredential_name") ?? "")
            card.fact(label("issuer_name"), text("issuer_name"))
            card.fact(label("issue_date"), date("issue_date"))
            card.fact(label("expiry_date"), date("expiry_date"))
            card.fact(label("assessment_result"), text("assessment_result"))
            return card
        case .englishProficiency:
            var card = HolderCard(section: section.key, type: section.title, title: text("test_name") ?? "")
            card.fact(label("test_provider"), text("test_provider"))
            card.fact(label("completion_date"), date("completion_date"))
            card.fact(label("expiry_date"), date("expiry_date"))
            let schemas = PayloadSchemas.standard.testScores
            let scores = self["test_scores"] ?? .null
            if let cefr = scores["cefr_scores"]?.objectValue, !cefr.isEmpty {
                let cefrSchema = schemas.field("cefr_scores").flatMap { field -> ObjectSchema? in
                    if case .object(let schema) = field.kind { return schema }
                    return nil
                }
                card.fact(schemas.field("cefr_scores")?.label ?? "CEFR scores", cefr.members.compactMap { member in
                    member.value.stringValue.map { (cefrSchema?.field(member.key)?.label ?? member.key) + " " + $0 }
                }.joined(separator: ", "))
            }
            if let overall = scores["overall"], let score = overall.text("score") {
                card.fact("Overall", score + (overall.text("scale").map { " (\($0))" } ?? ""))
            }
            if let subskills = scores["subskills"]?.arrayValue, !subskills.isEmpty {
                card.fact(schemas.field("subskills")?.label ?? "Subskills", subskills.compactMap { skill in
                    skill.text("skill").map { $0 + (skill.text("score").map { " \($0)" } ?? "") }
                }.joined(separator: ", "))
            }
            return card
        case .rightToWork:
            let code = text("country") ?? ""
            var card = HolderCard(section: section.key, type: section.title,
                                  title: "Right to work in " + (HolderText.countryName(code) ?? code))
            card.fact(label("country"), HolderText.country(code))
            card.fact(label("singapore_work_rights"), text("singapore_work_rights"))
            return card
        case .careerHistory:
            var card = HolderCard(section: section.key, type: section.title, title: text("full_name").map { "\($0)'s employment" } ?? "Employment")
            let jobs = self["employment"]?.arrayValue ?? []
            card.fact(label("employment"), HolderText.count(jobs.count, "job"))
            card.extra.append(JSONValue.timelineHTML(jobs))
            return card
        case .universalCredential:
            var card = HolderCard(section: section.key, type: section.title, title: text("credential_name") ?? "")
            card.fact(label("credential_sub_type"), text("credential_sub_type"))
            card.fact(label("issuer_name"), text("issuer_name"))
            card.fact(label("issue_date"), date("issue_date"))
            card.fact(label("expiry_date"), date("expiry_date"))
            return card
        }
    }

    /// The transcript: its overall result, then each subject.
    var transcriptHTML: HTML {
        let schemas = PayloadSchemas.standard
        let overall = self["overall"] ?? .null
        var parts: [String] = []
        if let issued = overall.date("issuance_date") { parts.append("issued \(issued)") }
        if let score = overall.text("score") { parts.append("overall score \(score)") }
        let subjects = (self["subjects"]?.arrayValue ?? []).map { subject -> HTML in
            var details: [String] = []
            if let grade = subject.text("grade") { details.append("Grade " + grade) }
            if let score = subject.text("score") { details.append("Score " + score) }
            if let credit = subject.text("credit") { details.append("Credit " + credit) }
            if let done = subject.date("completion_date") { details.append("Completed " + done) }
            return .tag("li",
                .tag("span", ["class": "subject-name"], subject.text("name") ?? ""),
                .tag("span", ["class": "subject-code"], subject.text("code") ?? ""),
                .tag("span", ["class": "subject-details"], details.joined(separator: " · ")))
        }
        let title = (schemas.fields[.education]?.field("transcript")?.label ?? "Transcript")
            + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", "))
        return .tag("section", ["class": "transcript"],
                    .tag("h4", title),
                    .element("ul", ["class": "subjects"], subjects))
    }

    /// Employment records as a timeline, the latest first.
    static func timelineHTML(_ jobs: [JSONValue]) -> HTML {
        let ordered = jobs.enumerated().sorted { a, b in
            let x = a.element.text("start_date") ?? "", y = b.element.text("start_date") ?? ""
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
        let label = { (key: String) in
            PayloadSchemas.standard.employment.field(key)?.label ?? HolderText.choice(key)
        }
        return .element("ol", ["class": "timeline", "aria-label": "Employment, the latest first"], ordered.map { job in
            let role = job.text("role_title") ?? job.text("role_classification") ?? ""
            var about = [job.text("organisation") ?? ""]
            if job.text("role_title") != nil, let classification = job.text("role_classification") { about.append(classification) }
            let start = job.date("start_date") ?? ""
            let end = job.date("end_date") ?? "now"
            var when = "\(start) – \(end)"
            if let processed = job.date("last_processed_month") { when += " · \(label("last_processed_month").lowercased()) \(processed)" }
            return .tag("li",
                .tag("p", ["class": "role"], role),
                .tag("p", ["class": "employer"], about.joined(separator: " · ")),
                .tag("p", ["class": "when"], when))
        })
    }
}
