import PassCore

/// Builds the rows of the form for one outline entry, from the schema and
/// the document's current value: every field of the spec, in the order the
/// partner documents list them, conditional fields when they apply, lists
/// entry by entry, and any member the schema does not know.
public struct FormBuilder: Sendable {
    public let schemas: PayloadSchemas

    public init(schemas: PayloadSchemas = .standard) {
        self.schemas = schemas
    }

    public func rows(for ref: ItemRef, in document: ComposerDocument) -> [FormRow] {
        var rows: [FormRow] = []
        switch (document.kind, ref) {
        case (.batch, .holder):
            item(.digitalIdentity, at: ref.path, document: document, into: &rows)
        case (.batch, .item(let section, _)):
            item(section, at: ref.path, document: document, into: &rows)
        case (.careerHistory, _):
            item(.careerHistory, at: .root, document: document, into: &rows)
        case (.microcredential, _):
            single(document, into: &rows)
        case (.batch, .root):
            break
        }
        return rows
    }

    private func item(_ section: BatchSection, at path: JSONPath, document: ComposerDocument, into rows: inout [FormRow]) {
        guard let schema = schemas.items[section] else { return }
        let value = document.value[path: path]
        let itemID = value?["credential_id"]?.stringValue ?? ""
        for field in schema.fields {
            let fieldPath = path.appending(field.key)
            switch field.key {
            case "fields":
                if case .object(let fieldsSchema) = field.kind {
                    object(fieldsSchema, at: fieldPath, value: value?["fields"], depth: 0, section: section,
                           document: document, into: &rows)
                }
            case "assets":
                assets(section, at: fieldPath, value: value?["assets"], itemID: itemID, document: document, into: &rows)
            default:
                self.field(field, at: fieldPath, value: value?[field.key], parent: value, depth: 0,
                           section: section, document: document, into: &rows)
            }
        }
        unknownMembers(of: value, schema: schema, at: path, depth: 0, into: &rows)
    }

    private func single(_ document: ComposerDocument, into rows: inout [FormRow]) {
        let root = document.value
        let schema = schemas.singleRequest
        for field in schema.fields where field.key != "data" {
            self.field(field, at: JSONPath.root.appending(field.key), value: root[field.key], parent: root, depth: 0,
                       section: nil, document: document, into: &rows)
        }
        let dataPath = JSONPath.root.appending("data")
        let documentPath = dataPath.appending("document")
        let type = root["document_type"]?.stringValue.flatMap(DocumentType.init(rawValue:))
        switch type {
        case .pdf, .png, .jpg:
            rows.append(FormRow(path: documentPath, label: "Document URL",
                                help: "A link SEEK Pass can fetch without signing in.", control: .text, depth: 0,
                                isRequired: true, placeholder: "https://example.com/certificate.\(type?.rawValue ?? "pdf")"))
        case .openCert:
            rows.append(FormRow(path: documentPath, label: "OpenCert file",
                                help: "The .opencert file; its JSON is sent as a string.", control: .openCertFile,
                                depth: 0, isRequired: true, placeholder: "path/to/certificate.opencert"))
        case .none?, nil:
            break
        }
        let credentialPath = dataPath.appending("credential")
        rows.append(FormRow(path: credentialPath, label: "Microcredential", help: "The credential's fields.",
                            control: .heading, depth: 0))
        object(schemas.fields[.microcredential] ?? schemas.singleData, at: credentialPath,
               value: root[path: credentialPath], depth: 0, section: .microcredential, document: document, into: &rows)
        unknownMembers(of: root, schema: schema, at: .root, depth: 0, into: &rows)
        unknownMembers(of: root["data"], schema: schemas.singleData, at: dataPath, depth: 0, into: &rows)
    }

    private func object(_ schema: ObjectSchema, at path: JSONPath, value: JSONValue?, depth: Int,
                        section: BatchSection?, document: ComposerDocument, into rows: inout [FormRow]) {
        for (i, field) in schema.fields.enumerated() {
            let before = rows.count
            self.field(field, at: path.appending(field.key), value: value?[field.key], parent: value, depth: depth,
                       section: section, document: document, into: &rows)
            // Two fields of which one is required (a role's classification or title) read as one
            // requirement: "Classification or" over "Title *", not two stars.
            guard rows.count == before + 1, let other = Self.alternative(of: field) else { continue }
            if schema.fields.indices.contains(i + 1), schema.fields[i + 1].key == other {
                rows[before].label += " or"
                rows[before].isRequired = false
            }
        }
        unknownMembers(of: value, schema: schema, at: path, depth: depth, into: &rows)
    }

    /// The key of the field that may be given instead of `field` (`.conditional(when: "unless KEY is given")`).
    static func alternative(of field: FieldSchema) -> String? {
        guard case .conditional(let when) = field.presence, when.hasPrefix("unless "), when.hasSuffix(" is given") else {
            return nil
        }
        return String(when.dropFirst("unless ".count).dropLast(" is given".count))
    }

    private func field(_ field: FieldSchema, at path: JSONPath, value: JSONValue?, parent: JSONValue?, depth: Int,
                       section: BatchSection?, document: ComposerDocument, into rows: inout [FormRow]) {
        guard isVisible(field, value: value, parent: parent) else { return }
        let required = field.presence != .optional
        func row(_ control: FormControl) -> FormRow {
            var row = FormRow(path: path, label: field.label, help: field.help, control: control, depth: depth,
                              isRequired: required, placeholder: field.example)
            if case .country = field.kind { row.isUppercase = true }
            return row
        }
        switch field.kind {
        case .text, .url, .country:
            rows.append(row(.text))
        case .jsonText:
            rows.append(row(.text))
        case .date(let form):
            rows.append(row(.date(form)))
        case .choice(let values, _):
            rows.append(row(.choice(values)))
        case .boolean:
            rows.append(row(.toggle))
        case .textList:
            rows.append(row(.heading))
            for (i, _) in (value?.arrayValue ?? []).enumerated() {
                rows.append(FormRow(path: path.appending(i), label: "\(singular(field.key)) \(i + 1)", help: field.help,
                                    control: .listEntry(list: path, index: i), depth: depth + 1,
                                    placeholder: field.example))
            }
            rows.append(FormRow(path: path, label: "Add \(singular(field.key).lowercased())", help: field.help,
                                control: .add(list: path, noun: singular(field.key).lowercased()), depth: depth + 1))
        case .object(let schema):
            if field.key == "transcript" {
                rows.append(row(.json))
            } else {
                rows.append(row(.heading))
                object(schema, at: path, value: value, depth: depth + 1, section: section, document: document, into: &rows)
            }
        case .objectList(let schema):
            rows.append(row(.heading))
            if field.key == "partner_chain" {
                for (i, _) in (value?.arrayValue ?? []).enumerated() {
                    rows.append(FormRow(path: path.appending(i).appending("name"), label: "Intermediary \(i + 1)",
                                        help: field.help, control: .listEntry(list: path, index: i), depth: depth + 1,
                                        isRequired: true, placeholder: "ABC University Network"))
                }
                rows.append(FormRow(path: path, label: "Add intermediary", help: field.help,
                                    control: .add(list: path, noun: "intermediary"), depth: depth + 1))
            } else {
                let noun = singular(field.key)
                for (i, element) in (value?.arrayValue ?? []).enumerated() {
                    let elementPath = path.appending(i)
                    rows.append(FormRow(path: elementPath, label: "\(noun) \(i + 1)" + summary(element),
                                        help: field.help, control: .record(list: path, index: i), depth: depth + 1))
                    object(schema, at: elementPath, value: element, depth: depth + 2, section: section,
                           document: document, into: &rows)
                }
                rows.append(FormRow(path: path, label: "Add \(noun.lowercased())", help: field.help,
                                    control: .add(list: path, noun: noun.lowercased()), depth: depth + 1))
            }
        }
    }

    private func assets(_ section: BatchSection, at path: JSONPath, value: JSONValue?, itemID: String,
                        document: ComposerDocument, into rows: inout [FormRow]) {
        guard let field = schemas.items[section]?.field("assets"), case .objectList(let schema) = field.kind else { return }
        rows.append(FormRow(path: path, label: "Files", help: "Files uploaded after submission: " +
                            section.assetTypes.map(\.displayName).joined(separator: ", ") + ".",
                            control: .heading, depth: 0))
        for (i, element) in (value?.arrayValue ?? []).enumerated() {
            let elementPath = path.appending(i)
            let assetID = element["asset_id"]?.stringValue ?? ""
            rows.append(FormRow(path: elementPath, label: "File \(i + 1)", help: field.help,
                                control: .record(list: path, index: i), depth: 1))
            rows.append(FormRow(path: elementPath, label: "Path", help: "The file on this computer; its type is read from its bytes.",
                                control: .assetFile(assetID: assetID, allowed: section.assetTypes), depth: 2,
                                isRequired: true, placeholder: "~/Documents/certificate.pdf"))
            object(schema, at: elementPath, value: element, depth: 2, section: section, document: document, into: &rows)
        }
        rows.append(FormRow(path: path, label: "Add file", help: field.help, control: .add(list: path, noun: "file"), depth: 1))
    }

    private func unknownMembers(of value: JSONValue?, schema: ObjectSchema, at path: JSONPath, depth: Int,
                                into rows: inout [FormRow]) {
        guard let object = value?.objectValue else { return }
        for member in object.members where schema.field(member.key) == nil {
            rows.append(FormRow(path: path.appending(member.key), label: member.key,
                                help: "Not a field of \(schema.name); remove it.", control: .unknownKey, depth: depth))
        }
    }

    private func isVisible(_ field: FieldSchema, value: JSONValue?, parent: JSONValue?) -> Bool {
        switch field.key {
        case "majors":
            return parent?["has_majors"]?.boolValue == true || !(value?.arrayValue?.isEmpty ?? true)
        case "singapore_work_rights":
            return parent?["country"]?.stringValue?.uppercased() == "SG" || value != nil
        default:
            return true
        }
    }

    /// The field whose value brings up the row of `path` when that row is not shown: the
    /// country for Singapore's work rights, has_majors for majors, a single request's
    /// document_type for its document.
    public static func revealer(of path: JSONPath) -> JSONPath? {
        switch path.lastKey {
        case "singapore_work_rights": path.parent?.appending("country")
        case "majors": path.parent?.appending("has_majors")
        case "document" where path == JSONPath.root.appending("data").appending("document"):
            JSONPath.root.appending("document_type")
        default: nil
        }
    }

    private func summary(_ element: JSONValue) -> String {
        for key in ["organisation", "name", "skill", "asset_id"] {
            if let text = element[key]?.stringValue, !text.isEmpty { return " — " + text }
        }
        return ""
    }

    private func singular(_ key: String) -> String {
        switch key {
        case "majors": "Major"
        case "employment": "Employment record"
        case "subskills": "Subskill"
        case "subjects": "Subject"
        case "assets": "File"
        default: key
        }
    }
}
