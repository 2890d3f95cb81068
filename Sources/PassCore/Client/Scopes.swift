/// The OAuth scopes a request needs: one per credential type it carries
/// [seed 001, seed 003, docs].
public enum Scopes {
    /// The scopes for `value` sent as `kind`, sorted, without repeats.
    public static func required(for value: JSONValue, as kind: PayloadKind, rules: ModelRules = .standard) -> [String] {
        switch kind {
        case .microcredential:
            return [BatchSection.microcredential.scope]
        case .careerHistory:
            return [BatchSection.careerHistory.scope]
        case .batch:
            var scopes: Set<String> = []
            for section in BatchSection.allCases {
                if section == .digitalIdentity && !rules.digitalIdentityNeedsScope { continue }
                guard let member = value[section.key] else { continue }
                let carries = section.isList ? !(member.arrayValue ?? []).isEmpty : member.objectValue != nil
                if carries { scopes.insert(section.scope) }
            }
            return scopes.sorted()
        }
    }
}
