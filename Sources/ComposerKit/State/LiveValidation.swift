import PassCore

/// Runs the PassCore validator on the document after every change, re-checking
/// only the batch items whose value changed since the last run.
public struct LiveValidation: Sendable {
    public let validator: Validator
    private var cache: [ItemRef: (value: JSONValue, findings: [Finding])] = [:]

    public init(validator: Validator = .standard) {
        self.validator = validator
    }

    /// Every finding of the payload, in document order.
    public mutating func findings(for document: ComposerDocument) -> [Finding] {
        guard document.kind == .batch else {
            cache.removeAll()
            return validator.validate(document.value, as: document.kind)
        }
        var findings = validator.validateBatchLevel(document.value)
        var fresh: [ItemRef: (value: JSONValue, findings: [Finding])] = [:]
        fresh.reserveCapacity(cache.count)
        for (section, index, item) in Validator.items(of: document.value) {
            let ref: ItemRef = section == .digitalIdentity ? .holder : .item(section, index)
            if let cached = cache[ref], cached.value == item {
                findings += cached.findings
                fresh[ref] = cached
            } else {
                let itemFindings = validator.validateItem(item, in: section, at: ref.path)
                findings += itemFindings
                fresh[ref] = (item, itemFindings)
            }
        }
        cache = fresh
        return findings.sortedInDocumentOrder(of: document.value)
    }
}
