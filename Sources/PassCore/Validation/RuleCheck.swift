/// The rules that look at more than one value: dates in order, conditional
/// fields, partner_chain, uniqueness across a batch, the holder's name.
/// Structure (types, formats, required fields) is checked before it by
/// `StructureCheck`; these rules only read values of the right type.
struct RuleCheck {
    let rules: ModelRules
    var findings: [Finding]
    /// Findings past this many are counted in `omitted`, not made.
    var limit = Int.max
    var omitted = OmittedFindings()

    mutating func error(_ rule: RuleID, _ path: @autoclosure () -> JSONPath, _ message: @autoclosure () -> String) {
        record(.error, rule, path, message)
    }

    mutating func warning(_ rule: RuleID, _ path: @autoclosure () -> JSONPath, _ message: @autoclosure () -> String) {
        record(.warning, rule, path, message)
    }

    private mutating func record(_ severity: Finding.Severity, _ rule: RuleID, _ path: () -> JSONPath, _ message: () -> String) {
        guard findings.count < limit else { return omitted.add(rule, severity) }
        findings.append(Finding(severity, rule, at: path(), message()))
    }

    // MARK: Items

    mutating func item(_ item: JSONValue, in section: BatchSection, at path: JSONPath) {
        guard let object = item.objectValue else { return }
        let fieldsPath = path.appending("fields")
        let fields = object["fields"]?.objectValue
        if let fields {
            switch section {
            case .digitalIdentity:
                break
            case .education:
                education(fields, at: fieldsPath)
            case .microcredential:
                expiry(fields, after: "issue_date", at: fieldsPath)
            case .englishProficiency:
                expiry(fields, after: "completion_date", at: fieldsPath)
            case .rightToWork:
                rightToWork(fields, at: fieldsPath)
            case .careerHistory:
                career(fields, at: fieldsPath)
            case .universalCredential:
                expiry(fields, after: "issue_date", at: fieldsPath)
            }
        }
        switch section.partnerChainPlacement {
        case .inFields:
            if let chain = fields?["partner_chain"] {
                partnerChain(chain, issuer: section.issuerKey.flatMap { fields?[$0]?.stringValue },
                             issuerKey: section.issuerKey, at: fieldsPath.appending("partner_chain"))
            }
        case .besideFields:
            if let chain = object["partner_chain"] {
                partnerChain(chain, issuer: nil, issuerKey: nil, at: path.appending("partner_chain"))
            }
        case .none:
            break
        }
    }

    private func date(_ object: JSONObject, _ key: String, _ form: DateForm) -> CalendarDate? {
        guard let text = object[key]?.stringValue, case .success(let date) = CalendarDate.parse(text, as: form) else {
            return nil
        }
        return date
    }

    /// `expiry_date` not before the date named `start`, when the rules ask for it.
    mutating func expiry(_ fields: JSONObject, after start: String, at path: JSONPath) {
        guard rules.expiryNotBeforeIssue else { return }
        dateOrder(fields, earlier: start, later: "expiry_date", form: .day, at: path)
    }

    mutating func dateOrder(_ fields: JSONObject, earlier: String, later: String, form: DateForm, at path: JSONPath) {
        guard let first = date(fields, earlier, form), let second = date(fields, later, form), second < first
        else { return }
        let a = fields[earlier]?.stringValue ?? ""
        let b = fields[later]?.stringValue ?? ""
        error(.dateOrder, path.appending(later),
              "\(later) \(b) is before \(earlier) \(a); it must be on or after \(a)")
    }

    mutating func education(_ fields: JSONObject, at path: JSONPath) {
        majors(fields, at: path)
        // awaiting_graduation of the wrong JSON type is the type rule's alone.
        if let value = fields["awaiting_graduation"], value.boolValue == nil { return }
        let awaiting = fields["awaiting_graduation"]?.boolValue == true
        let year = fields["conferral_year"]
        let yearPath = path.appending("conferral_year")
        if year?.stringValue?.isBlank == true {
            error(.conferralYear, yearPath, awaiting
                ? "conferral_year is empty; while awaiting graduation write null or leave it out, otherwise give the year it was conferred, e.g. \"2024\""
                : "conferral_year is empty: give the year it was conferred, e.g. \"2024\", or set awaiting_graduation to true")
        } else if (year == nil || year?.isNull == true) && !awaiting {
            let how = year == nil ? "is missing" : "is null"
            error(.conferralYear, yearPath,
                  "conferral_year \(how): give the year it was conferred, e.g. \"2024\", or set awaiting_graduation to true")
        }
    }

    /// majors against has_majors. Either of the wrong JSON type (null
    /// included) is the type rule's alone.
    mutating func majors(_ fields: JSONObject, at path: JSONPath) {
        let hasMajorsValue = fields["has_majors"]
        let majorsValue = fields["majors"]
        let majors = majorsValue?.arrayValue
        if hasMajorsValue != nil && hasMajorsValue?.boolValue == nil { return }
        if majorsValue != nil && majors == nil { return }
        if hasMajorsValue?.boolValue == true && rules.majorsRequiredWithHasMajors {
            if majors == nil || majors?.isEmpty == true {
                error(.majors, path.appending("majors"),
                      "has_majors is true, so majors must list at least one major, e.g. [\"Computer Science\"]; or set has_majors to false")
            }
        } else if let majors, !majors.isEmpty {
            warning(.majors, path.appending("majors"),
                    "majors are listed but has_majors is not true; set has_majors to true, or remove the majors")
        }
        for (i, major) in (majors ?? []).enumerated() where major.stringValue?.isBlank == true {
            error(.majors, path.appending("majors").appending(i), "this major is empty; give its name or remove it")
        }
    }

    mutating func rightToWork(_ fields: JSONObject, at path: JSONPath) {
        let country = fields["country"]?.stringValue.map { $0.trimmed.uppercased() }
        let rights = fields["singapore_work_rights"]
        let rightsPath = path.appending("singapore_work_rights")
        let known = rules.knownSingaporeWorkRights.map { JSONWriter.quoted($0) }.joined(separator: ", ")
        if country == "SG" {
            guard let rights, let text = rights.stringValue, !text.isBlank else {
                // A value of the wrong type (null included) is the type rule's.
                if rights == nil || rights?.stringValue != nil {
                    error(.singaporeRights, rightsPath,
                          "singapore_work_rights is required when country is \"SG\", e.g. \"resident\"")
                }
                return
            }
            if !rules.knownSingaporeWorkRights.contains(text) {
                warning(.singaporeRightsValue, rightsPath,
                        "\(text.quotedForMessage) is not a known singapore_work_rights value (known: \(known)); check it with SEEK Pass")
            }
        } else if let rights, !rights.isNull, country != nil {
            warning(.singaporeRightsCountry, rightsPath,
                    "singapore_work_rights applies only when country is \"SG\"; remove it or correct the country")
        }
    }

    mutating func career(_ fields: JSONObject, at path: JSONPath) {
        guard let records = fields["employment"]?.arrayValue else { return }
        let listPath = path.appending("employment")
        if records.isEmpty && rules.careerNeedsEmployment {
            error(.careerEmpty, listPath, "employment is empty: add at least one employment record")
        }
        for (i, record) in records.enumerated() {
            guard let record = record.objectValue else { continue }
            let recordPath = listPath.appending(i)
            let roles = [record["role_title"], record["role_classification"]]
            let mistyped = roles.contains { $0 != nil && $0?.stringValue == nil }
            let given = roles.contains { $0?.stringValue?.isBlank == false }
            if !given && !mistyped {
                let key = record.contains("role_classification") && !record.contains("role_title") ? "role_classification" : "role_title"
                error(.careerRole, recordPath.appending(key),
                      "give role_title or role_classification (both is best), e.g. role_title \"Senior Software Engineer\"")
            }
            if rules.careerDatesInOrder {
                dateOrder(record, earlier: "start_date", later: "end_date", form: .month, at: recordPath)
                dateOrder(record, earlier: "start_date", later: "last_processed_month", form: .month, at: recordPath)
            }
        }
    }

    // MARK: partner_chain

    mutating func partnerChain(_ chain: JSONValue, issuer: String?, issuerKey: String?, at path: JSONPath) {
        switch chain {
        case .null:
            warning(.chainEmpty, path,
                    "partner_chain is null; omit it when there are no intermediaries (it is not sent)")
            return
        case .array(let entries) where entries.isEmpty:
            warning(.chainEmpty, path,
                    "partner_chain is empty; omit it when there are no intermediaries (it is not sent)")
            return
        case .array(let entries):
            var seen: [String: Int] = [:]
            let issuerName = issuer?.trimmed.lowercased()
            for (i, entry) in entries.enumerated() {
                guard let name = entry["name"]?.stringValue, !name.isBlank else { continue }
                let entryPath = path.appending(i).appending("name")
                let normal = name.trimmed.lowercased()
                if rules.chainNamesUnique, let first = seen[normal] {
                    let firstPath = path.appending(first).appending("name")
                    error(.chainDuplicate, entryPath,
                          "\(name.quotedForMessage) is already in this chain at \(firstPath); list each intermediary once")
                } else {
                    seen[normal] = i
                }
                if rules.chainNameNotIssuer, let issuerName, !issuerName.isEmpty, normal == issuerName, let issuerKey {
                    error(.chainIssuer, entryPath,
                          "\(name.quotedForMessage) is the issuer (\(issuerKey)); partner_chain lists only intermediaries, never the issuer or yourself; remove this entry")
                }
            }
        default:
            return
        }
    }

    // MARK: Batch

    mutating func batch(_ batch: JSONValue) {
        guard let object = batch.objectValue else { return }
        for section in BatchSection.allCases where section != .digitalIdentity {
            if rules.isAlwaysSent(section) && !object.contains(section.key) {
                warning(.sectionMissing, JSONPath.root.appending(section.key),
                        "\(section.key) is missing; the API requires it, so it is sent as [] (write \"\(section.key)\": [] to say so)")
            }
        }
        let items = Validator.items(of: batch)
        let credentials = items.filter { $0.0 != .digitalIdentity }
        if rules.batchNeedsACredential && credentials.isEmpty {
            error(.batchEmpty, .root,
                  "the batch carries no credential besides the digital identity; add at least one item, e.g. to education_items")
        }
        if rules.uniqueCredentialIDs {
            var seen: [String: JSONPath] = [:]
            for (section, index, item) in items {
                guard let id = item["credential_id"]?.stringValue, !id.isBlank else { continue }
                let path = Validator.path(section, index).appending("credential_id")
                if let first = seen[id] {
                    error(.idUnique, path, "credential_id \(id.quotedForMessage) is already used at \(first); give each credential its own id")
                } else {
                    seen[id] = path
                }
            }
        }
        if rules.uniqueAssetIDs {
            var seen: [String: JSONPath] = [:]
            for (section, index, item) in items {
                guard let assets = item["assets"]?.arrayValue else { continue }
                for (i, asset) in assets.enumerated() {
                    guard let id = asset["asset_id"]?.stringValue, !id.isBlank else { continue }
                    let path = Validator.path(section, index).appending("assets").appending(i).appending("asset_id")
                    if let first = seen[id] {
                        error(.assetIDUnique, path, "asset_id \(id.quotedForMessage) is already used at \(first); give each file its own id")
                    } else {
                        seen[id] = path
                    }
                }
            }
        }
        if let holder = object["digital_identity"]?["fields"]?["full_name"]?.stringValue, !holder.isBlank {
            for (section, index, item) in credentials {
                guard let name = item["fields"]?["full_name"]?.stringValue, !name.isBlank,
                    name.trimmed != holder.trimmed
                else { continue }
                warning(.nameMismatch, Validator.path(section, index).appending("fields").appending("full_name"),
                        "full_name \(name.quotedForMessage) differs from the digital identity's \(holder.quotedForMessage); use the same name on every credential of one holder")
            }
        }
    }

    // MARK: Single L&D request

    mutating func single(_ value: JSONValue) {
        guard let object = value.objectValue else { return }
        let dataPath = JSONPath.root.appending("data")
        let data = object["data"]?.objectValue
        if let credential = data?["credential"]?.objectValue {
            let credentialPath = dataPath.appending("credential")
            expiry(credential, after: "issue_date", at: credentialPath)
            if let chain = credential["partner_chain"] {
                partnerChain(chain, issuer: credential["issuer_name"]?.stringValue, issuerKey: "issuer_name",
                             at: credentialPath.appending("partner_chain"))
            }
        }
        guard let typeText = object["document_type"]?.stringValue, let type = DocumentType(rawValue: typeText),
            let data
        else { return }
        document(data["document"], type: type, holderName: data["credential"]?["full_name"]?.stringValue,
                 at: dataPath.appending("document"))
    }

    mutating func document(_ document: JSONValue?, type: DocumentType, holderName: String? = nil, at path: JSONPath) {
        // A document of the wrong JSON type is the type rule's.
        if let document, !document.isNull, document.stringValue == nil { return }
        let text = document?.stringValue
        switch type {
        case .none:
            if let document, !document.isNull {
                error(.document, path, "document_type is \"none\", so document must be null or left out")
            }
        case .pdf, .png, .jpg:
            guard let text, !text.isBlank else {
                error(.document, path,
                      "document_type is \"\(type.rawValue)\", so document must be the URL of the \(type.rawValue.uppercased()), e.g. \"https://example.com/certificate.\(type.rawValue)\"")
                return
            }
            switch URLCheck.problem(text) {
            case .some:
                error(.documentURL, path,
                      "\(text.quotedForMessage) is not an absolute http(s) URL; give a link SEEK Pass can fetch without signing in, e.g. \"https://example.com/certificate.\(type.rawValue)\"")
            case .none:
                if rules.documentURLShouldBeHTTPS && text.lowercased().hasPrefix("http://") {
                    warning(.documentURL, path, "the document URL uses http; use https so the file cannot be altered on the way")
                }
                if let ext = Self.pathExtension(of: text), let stated = Self.documentType(forExtension: ext), stated != type {
                    warning(.documentURL, path,
                            "the URL ends in .\(ext) but document_type is \"\(type.rawValue)\"; make them agree")
                }
            }
        case .openCert:
            guard let text, !text.isBlank else {
                error(.document, path,
                      "document_type is \"open_cert\", so document must be the OpenCert JSON as a string, e.g. \"{\\\"version\\\":\\\"https://schema.openattestation.com/2.0/schema.json\\\", …}\"")
                return
            }
            guard rules.openCertNeedsVersion else { return }
            guard case .object(let cert)? = try? JSONParser.parse(text) else {
                error(.openCert, path, "document is not an OpenCert: its text is not a JSON object; paste the whole .opencert file's JSON")
                return
            }
            guard let version = cert["version"]?.stringValue, !version.isBlank else {
                error(.openCert, path,
                      "the OpenCert has no \"version\"; an OpenCert names its OpenAttestation schema there, e.g. \"https://schema.openattestation.com/2.0/schema.json\"")
                return
            }
            guard rules.openCertIntegrity else { return }
            findings += OpenCertRules.findings(OpenCertVerdict(checking: .object(cert)), holderName: holderName, at: path)
        }
    }

    static func pathExtension(of url: String) -> String? {
        let path = url.split(separator: "?", maxSplits: 1).first?.split(separator: "#", maxSplits: 1).first ?? ""
        guard let last = path.split(separator: "/").last, let dot = last.lastIndex(of: ".") else { return nil }
        let ext = last[last.index(after: dot)...].lowercased()
        return ext.isEmpty ? nil : ext
    }

    static func documentType(forExtension ext: String) -> DocumentType? {
        switch ext {
        case "pdf": .pdf
        case "png": .png
        case "jpg", "jpeg": .jpg
        default: nil
        }
    }
}
