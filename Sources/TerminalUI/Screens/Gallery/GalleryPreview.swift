import PassCore
/// The JSON the gallery's form stands for, built from its values, one key per line.
enum GalleryPreview {
    static func json(for gallery: GalleryProgram) -> (text: String, lineOfKey: [String: Int]) {
        var members: [(String, String)] = []
        if !gallery.name.text.isEmpty { members.append(("name", JSONWriter.quoted(gallery.name.text))) }
        if !gallery.note.text.isEmpty { members.append(("note", JSONWriter.quoted(gallery.note.text))) }
        if let value = gallery.issued.value { members.append(("issued", JSONWriter.quoted(value))) }
        if let value = gallery.month.value { members.append(("start_month", JSONWriter.quoted(value))) }
        if let value = gallery.year.value { members.append(("year", value)) }
        members.append(("verified", gallery.verified.isOn ? "true" : "false"))
        if let current = gallery.current.value { members.append(("current", current ? "true" : "false")) }
        if let type = gallery.credential.selected { members.append(("credential_type", JSONWriter.quoted(type))) }
        var lines = ["{"]
        var lineOfKey: [String: Int] = [:]
        for (i, member) in members.enumerated() {
            lineOfKey[member.0] = lines.count
            lines.append("  \(JSONWriter.quoted(member.0)): \(member.1),")
            _ = i
        }
        lineOfKey["partner_chain"] = lines.count
        if gallery.partners.rows.isEmpty {
            lines.append("  \"partner_chain\": []")
        } else {
            lines.append("  \"partner_chain\": [")
            for (i, partner) in gallery.partners.rows.enumerated() {
                lines.append("    { \"name\": \(JSONWriter.quoted(partner)) }" + (i < gallery.partners.rows.count - 1 ? "," : ""))
            }
            lines.append("  ]")
        }
        lines.append("}")
        return (lines.joined(separator: "\n"), lineOfKey)
    }

}
