/// The findings of one payload when only the first `limit` are kept: a
/// file with a million bad entries gives a thousand findings and a count
/// per rule of the others, never a million findings at once.
public struct FindingReport: Sendable, Equatable {
    /// The findings kept (the first found, at most the limit), in document order.
    public var findings: [Finding]
    /// The findings left out, counted by rule and severity.
    public var omitted: OmittedFindings

    public init(findings: [Finding], omitted: OmittedFindings = OmittedFindings()) {
        self.findings = findings
        self.omitted = omitted
    }

    /// Errors in all, kept or not.
    public var errorCount: Int { findings.errors.count + omitted.errors }
    /// Warnings in all, kept or not.
    public var warningCount: Int { findings.warnings.count + omitted.warnings }
    public var hasErrors: Bool { errorCount > 0 }
}

/// Findings that were counted but not kept.
public struct OmittedFindings: Sendable, Equatable {
    /// How many of each rule.
    public private(set) var byRule: [RuleID: Int] = [:]
    public private(set) var errors = 0
    public private(set) var warnings = 0

    public init() {}

    public var count: Int { errors + warnings }
    public var isEmpty: Bool { count == 0 }

    mutating func add(_ rule: RuleID, _ severity: Finding.Severity) {
        byRule[rule, default: 0] += 1
        if severity == .error { errors += 1 } else { warnings += 1 }
    }

    mutating func merge(_ other: OmittedFindings) {
        for (rule, n) in other.byRule { byRule[rule, default: 0] += n }
        errors += other.errors
        warnings += other.warnings
    }

    /// The rules by count, most first (then by id): `type 998,000; chain.duplicate 1,000`.
    public var summary: String {
        byRule.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.key) \(OmittedFindings.grouped($0.value))" }
            .joined(separator: "; ")
    }

    /// "… and N more findings, rule by rule: …", for the line after the kept ones.
    public var sentence: String {
        "… and \(OmittedFindings.grouped(count)) more finding\(count == 1 ? "" : "s"), rule by rule: \(summary)"
    }

    /// `1234567` as `1,234,567`.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }
}
