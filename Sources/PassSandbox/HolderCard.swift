import PassCore

/// One credential as the holder's page shows it: its type, its name, its
/// main values, the partner chain it came through and its files.
struct HolderCard: Sendable {
    /// The section key (`education_items`), or `single` for a single request.
    var section: String
    /// "Education"
    var type: String
    var title: String
    /// Label and value pairs, in the schema's order.
    var facts: [(label: String, value: String)] = []
    /// More than a value holds: transcript subjects, an employment timeline.
    var extra: [HTML] = []
    /// Intermediaries, parent first.
    var chain: [String] = []
    /// The ids of its declared files.
    var assetIDs: [String] = []

    mutating func fact(_ label: String, _ value: String?) {
        guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        facts.append((label, value))
    }

    /// "via ABC University Network → Foo University Group"
    var chainText: String? {
        chain.isEmpty ? nil : "via " + chain.joined(separator: " → ")
    }

    /// The card as a list item; `files` has the state of each of its files.
    func html(index: Int, files: [String: HolderFile]) -> HTML {
        let titleID = "credential-\(index)"
        var body: [HTML] = [
            .tag("p", ["class": "card-type"], type),
            .tag("h3", ["id": titleID], title),
        ]
        if let chainText { body.append(.tag("p", ["class": "chain"], chainText)) }
        if !facts.isEmpty {
            body.append(.element("dl", ["class": "facts"], facts.map { fact in
                .tag("div", .tag("dt", fact.label), .tag("dd", fact.value))
            }))
        }
        body += extra
        let rows = assetIDs.compactMap { files[$0] }
        if !rows.isEmpty {
            body.append(.tag("h4", ["class": "files-title"], rows.count == 1 ? "File" : "Files"))
            body.append(.element("ul", ["class": "files"], rows.map { $0.html(for: title) }))
        }
        return .tag("li", ["class": "card", "data-section": section],
                    .element("article", ["aria-labelledby": titleID], body))
    }
}
