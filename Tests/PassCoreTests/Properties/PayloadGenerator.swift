@testable import PassCore

/// Random valid payloads of every kind: every section, random counts,
/// optional members present or not, unicode text everywhere text goes.
/// Each one validates with no finding at all.
struct PayloadGenerator {
    var rng: SplitMix64
    private var serial = 0

    init(seed: UInt64) {
        rng = SplitMix64(seed: seed)
    }

    private mutating func id(_ prefix: String) -> String {
        serial += 1
        // Ids hold any text but control characters and line breaks (id.characters).
        let tail = TextGenerator.text(&rng, maxPieces: 3).unicodeScalars
            .filter { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) && $0 != "\u{2028}" && $0 != "\u{2029}" }
        return "\(prefix)-\(serial)" + (rng.chance(0.3) ? "-" + String(String.UnicodeScalarView(tail)) : "")
    }

    private mutating func text() -> String { TextGenerator.text(&rng) }

    private func object(_ members: [(String, JSONValue?)]) -> JSONValue {
        .object(JSONObject(members.compactMap { key, value in value.map { JSONObject.Member(key, $0) } }))
    }

    /// A member left out (a bare `nil` would be read as JSON null).
    private let absent: JSONValue? = nil

    private mutating func coin(_ probability: Double = 0.5) -> Bool { rng.chance(probability) }

    // MARK: Dates

    private mutating func day() -> (Int, Int, Int) {
        let year = rng.int(1950...2035)
        let month = rng.int(1...12)
        return (year, month, rng.int(1...CalendarDate.daysIn(month: month, year: year)))
    }

    private func text(_ date: (Int, Int, Int)) -> JSONValue {
        .string(padded(date.0, 4) + "-" + padded(date.1, 2) + "-" + padded(date.2, 2))
    }

    /// Two days, the second not before the first.
    private mutating func dayPair() -> (JSONValue, JSONValue) {
        let a = day(), b = day()
        return a <= b ? (text(a), text(b)) : (text(b), text(a))
    }

    private mutating func month() -> (Int, Int) { (rng.int(1950...2035), rng.int(1...12)) }

    private func text(_ month: (Int, Int)) -> JSONValue {
        .string(padded(month.0, 4) + "-" + padded(month.1, 2))
    }

    // MARK: partner_chain

    private mutating func chain() -> JSONValue? {
        guard rng.chance(0.5) else { return nil }
        return .array((1...rng.int(1...3)).map { i in ["name": .string("Partner #\(i) " + text())] })
    }

    private mutating func assets(_ section: BatchSection) -> JSONValue? {
        guard rng.chance(0.5) else { return nil }
        return .array((0..<rng.int(1...2)).map { _ in
            ["asset_id": .string(id("asset")), "asset_type": .string(rng.pick(section.assetTypes).rawValue)]
        })
    }

    // MARK: Sections

    mutating func identity(_ holder: String) -> JSONValue {
        object([
            ("full_name", .string(holder)),
            ("date_of_birth", rng.chance(0.3) ? (rng.chance(0.3) ? .null : text(day())) : absent),
            ("identity_document_validity", (coin() ? .string(rng.pick(["manual", "government_database", "verifiable_credential"])) : absent)),
            ("identity_document_liveness", (coin() ? .string(rng.pick(["automated", "in_person"])) : absent)),
            ("identity_document_person_match", (coin() ? .string(rng.pick(["manual", "automated", "government_database"])) : absent)),
        ])
    }

    mutating func education(_ holder: String) -> JSONValue {
        let awaiting = rng.chance(0.3)
        let hasMajors = rng.chance(0.5)
        let subjects: JSONValue = .array((0..<rng.int(0...3)).map { _ in
            object([
                ("name", .string(text())), ("code", .string(text())), ("credit", (coin() ? .string(text()) : absent)),
                ("score", (coin() ? .string(text()) : absent)), ("grade", .string(text())),
                ("completion_date", rng.chance(0.5) ? .string(padded(rng.int(1950...2035), 4)) : text(day())),
            ])
        })
        let conferral: JSONValue? = awaiting
            ? (rng.chance(0.5) ? .null : absent)
            : .string(padded(rng.int(1950...2035), 4))
        return object([
            ("full_name", .string(holder)),
            ("education_provider", .string("Issuer " + text())),
            ("course_name", .string(text())),
            ("conferral_year", conferral),
            ("awaiting_graduation", awaiting ? true : (coin(0.2) ? false : absent)),
            ("has_majors", hasMajors ? true : (coin(0.3) ? false : absent)),
            ("majors", hasMajors ? .array((1...rng.int(1...3)).map { _ in .string(text()) }) : absent),
            ("with_honours", (coin() ? .bool(rng.chance(0.5)) : absent)),
            ("transcript", (coin(0.3) ? object([
                ("overall", object([("issuance_date", text(day())), ("score", (coin() ? .string(text()) : absent))])),
                ("subjects", subjects),
            ]) : absent)),
            ("partner_chain", chain()),
        ])
    }

    mutating func microcredential(_ holder: String) -> JSONValue {
        let (issued, expires) = dayPair()
        return object([
            ("full_name", .string(holder)),
            ("issuer_name", .string("Issuer " + text())),
            ("microcredential_name", .string(text())),
            ("issue_date", issued),
            ("expiry_date", (coin() ? expires : absent)),
            ("assessment_result", rng.chance(0.3) ? (rng.chance(0.3) ? .null : .string(text())) : absent),
            ("partner_chain", chain()),
        ])
    }

    mutating func english(_ holder: String) -> JSONValue {
        let (completed, expires) = dayPair()
        let levels = ModelRules.standard.cefrLevels
        let cefr = object(["combined", "reading", "listening", "speaking", "writing"].map { skill in
            (skill, (coin() ? .string(rng.pick(levels)) : absent))
        })
        return object([
            ("full_name", .string(holder)),
            ("test_provider", .string("Issuer " + text())),
            ("test_name", .string(text())),
            ("completion_date", completed),
            ("expiry_date", (coin() ? expires : absent)),
            ("test_scores", object([
                ("cefr_scores", cefr),
                ("overall", ["score": .string(text()), "scale": .string(text())]),
                ("subskills", (coin() ? .array((0..<rng.int(0...2)).map { _ in
                    ["skill": .string(text()), "score": .string(text())]
                }) : absent)),
            ])),
            ("partner_chain", chain()),
        ])
    }

    mutating func rightToWork(_ holder: String) -> JSONValue {
        let country = rng.chance(0.4) ? "SG" : rng.pick(CountryCodes.all.sorted())
        return object([
            ("full_name", .string(holder)),
            ("country", .string(country)),
            ("singapore_work_rights", country == "SG" ? "resident" : absent),
            ("partner_chain", chain()),
        ])
    }

    mutating func employment() -> JSONValue {
        let a = month(), b = month(), c = month()
        let sorted = [a, b, c].sorted { $0 < $1 }
        let role = rng.int(0...2)
        return object([
            ("organisation", .string(text())),
            ("role_classification", role != 1 ? .string(text()) : absent),
            ("role_title", role != 0 ? .string(text()) : absent),
            ("start_date", text(sorted[0])),
            ("end_date", rng.chance(0.5) ? text(sorted[rng.int(1...2)]) : (rng.chance(0.5) ? .null : absent)),
            ("last_processed_month", text(sorted[rng.int(0...2)])),
        ])
    }

    mutating func careerHistory(_ holder: String) -> JSONValue {
        object([
            ("credential_id", .string(id("ch"))),
            ("fields", object([
                ("full_name", .string(holder)),
                ("employment", .array((1...rng.int(1...3)).map { _ in employment() })),
            ])),
            ("partner_chain", chain()),
        ])
    }

    mutating func universal(_ holder: String) -> JSONValue {
        let (issued, expires) = dayPair()
        return object([
            ("full_name", .string(holder)),
            ("credential_name", .string(text())),
            ("credential_sub_type", .string(text())),
            ("issuer_name", .string(text())),
            ("issue_date", issued),
            ("expiry_date", (coin() ? expires : absent)),
        ])
    }

    private mutating func items(_ section: BatchSection, _ count: Int, _ fields: (inout PayloadGenerator) -> JSONValue) -> JSONValue {
        .array((0..<count).map { _ in
            var members: [(String, JSONValue?)] = [("credential_id", .string(id(section.idSuffix))), ("fields", fields(&self))]
            if !section.assetTypes.isEmpty { members.append(("assets", assets(section))) }
            return object(members)
        })
    }

    // MARK: Requests

    mutating func batch() -> JSONValue {
        let holder = text()
        var counts = (0..<4).map { _ in rng.chance(0.4) ? 0 : rng.int(1...3) }
        let career = rng.chance(0.4)
        let universal = rng.chance(0.4) ? rng.int(1...2) : 0
        if counts.allSatisfy({ $0 == 0 }) && !career && universal == 0 { counts[rng.int(0...3)] = 1 }
        return object([
            ("credential_id", .string(id("batch"))),
            ("digital_identity", object([("credential_id", .string(id("id"))), ("fields", identity(holder))])),
            ("education_items", items(.education, counts[0]) { $0.education(holder) }),
            ("microcredential_items", items(.microcredential, counts[1]) { $0.microcredential(holder) }),
            ("english_proficiency_items", items(.englishProficiency, counts[2]) { $0.english(holder) }),
            ("right_to_work_items", counts[3] > 0 ? items(.rightToWork, counts[3]) { $0.rightToWork(holder) } : absent),
            ("career_history", career ? careerHistory(holder) : absent),
            ("universal_credential_items", universal > 0 ? items(.universalCredential, universal) { $0.universal(holder) } : absent),
        ])
    }

    mutating func single() -> JSONValue {
        let type = rng.pick(DocumentType.allCases)
        let credential = microcredential(text())
        let document: JSONValue?
        switch type {
        case .pdf, .png: document = .string("https://example.com/doc-\(serial).\(type.rawValue)")
        case .jpg: document = .string("https://example.com/files/\(serial)." + rng.pick(["jpg", "jpeg", "JPG"]))
        case .openCert:
            // Wrapped as OpenAttestation wraps one document alone, so it is intact.
            let data: JSONValue = ["name": .string("3b7c1f0e-6a2d-4f1b-9c3e-2d4f5a6b7c8d:string:" + text())]
            let target = JSONValue.string((try? OpenAttestationDigest.targetHash(data: data.objectValue ?? JSONObject())) ?? "")
            let cert: JSONValue = object([
                ("version", "https://schema.openattestation.com/2.0/schema.json"),
                ("data", data),
                ("signature", ["type": "SHA3MerkleProof", "targetHash": target, "proof": [], "merkleRoot": target]),
            ])
            document = .string(rng.chance(0.5) ? JSONWriter.string(cert) : String(JSONWriter.string(cert).filter { $0 != "\n" }))
        case .none: document = rng.chance(0.5) ? .null : nil
        }
        return object([
            ("id", .string(id("single"))),
            ("credential_type", "microcredential"),
            ("document_type", .string(type.rawValue)),
            ("data", object([("credential", credential), ("document", document)])),
        ])
    }

    mutating func payload() -> (PayloadKind, JSONValue) {
        switch rng.int(0...5) {
        case 0: (.microcredential, single())
        case 1: (.careerHistory, careerHistory(text()))
        default: (.batch, batch())
        }
    }

    /// `value` with the members of every object in a random order.
    mutating func shuffled(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            var members = object.members.map { JSONObject.Member($0.key, shuffled($0.value)) }
            members.shuffle(using: &rng)
            return .object(JSONObject(members))
        case .array(let elements):
            return .array(elements.map { shuffled($0) })
        default:
            return value
        }
    }
}

/// `n` with leading zeros to `width` digits.
func padded(_ n: Int, _ width: Int) -> String {
    let digits = "\(n)"
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
