/// Checks a JSON value against an object schema: unknown keys, missing
/// required fields, JSON types, and the form of each value (dates against
/// the calendar, choices, country codes, URLs).
struct StructureCheck {
    var findings: [Finding] = []
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

    /// Checks `value` as an object of `schema`. Fields for which `descend`
    /// answers false are checked for presence and JSON type only.
    mutating func object(
        _ value: JSONValue, _ schema: ObjectSchema, at path: JSONPath,
        descend: (FieldSchema) -> Bool = { _ in true }
    ) {
        guard case .object(let object) = value else {
            var message = "expected \(schema.name) (a JSON object"
            if let example = Self.example(of: schema) { message += " such as \(example)" }
            error(.type, path, message + "), found \(value.typeDescription)")
            return
        }
        for member in object.members {
            let memberPath = path.appending(member.key)
            guard let field = schema.field(member.key) else {
                var message = "\(member.key.quotedForMessage) is not a field of \(schema.name)"
                if let hint = schema.misplaced[member.key] {
                    message += "; \(hint)"
                } else if let guess = Suggestion.closest(to: member.key, in: schema.keys) {
                    message += "; did you mean \(JSONWriter.quoted(guess))?"
                } else {
                    message += "; its fields are " + schema.keys.joined(separator: ", ")
                }
                error(.unknownKey, memberPath, message)
                continue
            }
            if descend(field) {
                self.field(member.value, field, at: memberPath)
            } else {
                shallow(member.value, field, at: memberPath)
            }
        }
        for field in schema.fields where field.presence.isRequired && !object.contains(field.key) {
            error(.required, path.appending(field.key), "\(field.key) is missing; add \(Self.describe(field))")
        }
    }

    /// A small object of `schema` written out, when the schema is small
    /// enough to show: `{"name": "ABC University Network"}`.
    static func example(of schema: ObjectSchema) -> String? {
        let required = schema.fields.filter(\.presence.isRequired)
        guard !required.isEmpty, required.count <= 2 else { return nil }
        var parts: [String] = []
        for field in required {
            guard let example = field.example else { return nil }
            parts.append(JSONWriter.quoted(field.key) + ": " + JSONWriter.quoted(example))
        }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    /// `field` explained for a message: its help and an example.
    static func describe(_ field: FieldSchema) -> String {
        var text = field.help
        if text.hasSuffix(".") { text.removeLast() }
        // "The holder's name" reads "the holder's name"; "CEFR levels" stays.
        let start = text.prefix(2)
        if start.count == 2, start.last?.isUppercase != true {
            text = text.prefix(1).lowercased() + text.dropFirst()
        }
        if let example = field.example, !text.contains("e.g.") {
            switch field.kind {
            case .boolean: break
            case .textList: text += ", e.g. [" + JSONWriter.quoted(example) + "]"
            default: text += ", e.g. " + JSONWriter.quoted(example)
            }
        }
        return text
    }

    private mutating func shallow(_ value: JSONValue, _ field: FieldSchema, at path: JSONPath) {
        if value.isNull {
            if !field.nullable { notNullable(field, at: path) }
            return
        }
        switch (field.kind, value) {
        case (.object, .object), (.objectList, .array), (.textList, .array): return
        default: self.field(value, field, at: path)
        }
    }

    private mutating func notNullable(_ field: FieldSchema, at path: JSONPath) {
        let advice = field.presence.isRequired ? "give " : "leave it out or give "
        error(.type, path, "\(field.key) may not be null; \(advice)\(field.kind.expectedType): \(Self.describe(field))")
    }

    private mutating func wrongType(_ value: JSONValue, _ field: FieldSchema, at path: JSONPath) {
        var found = value.typeDescription
        switch value {
        case .number(let n): found += " (\(n))"
        case .bool(let b): found += " (\(b))"
        default: break
        }
        var message = "\(field.key) must be \(field.kind.expectedType), found \(found)"
        let isString = field.kind.expectedType == "a string"
        switch (field.kind, value) {
        case (_, .number) where isString && field.example != nil:
            message += "; write it in quotes, e.g. \(JSONWriter.quoted(field.example ?? ""))"
        case (.boolean, .string(let text)) where ["true", "false"].contains(text.trimmed.lowercased()):
            message += " (\(text.quotedForMessage)); write \(text.trimmed.lowercased()) without quotes"
        case (.boolean, .string(let text)):
            message += " (\(text.quotedForMessage)); write true or false, without quotes"
        case (.boolean, _):
            message += "; write true or false"
        case (.textList, .string(let text)):
            message += "; put it in brackets: [\(text.quotedForMessage)]"
        case (.objectList, .object):
            message += "; put the object in brackets: [{…}]"
        default:
            message += ": \(Self.describe(field))"
        }
        error(.type, path, message)
    }

    mutating func field(_ value: JSONValue, _ field: FieldSchema, at path: JSONPath) {
        if value.isNull {
            if !field.nullable { notNullable(field, at: path) }
            return
        }
        switch field.kind {
        case .text, .date, .choice, .country, .url, .jsonText:
            guard case .string(let text) = value else { return wrongType(value, field, at: path) }
            string(text, field, at: path)
        case .boolean:
            guard case .bool = value else { return wrongType(value, field, at: path) }
        case .textList:
            guard case .array(let elements) = value else { return wrongType(value, field, at: path) }
            for (i, element) in elements.enumerated() where element.stringValue == nil {
                error(.type, path.appending(i), "each entry of \(field.key) must be a string, found \(element.typeDescription)")
            }
        case .object(let schema):
            guard case .object = value else { return wrongType(value, field, at: path) }
            object(value, schema, at: path)
        case .objectList(let schema):
            guard case .array(let elements) = value else { return wrongType(value, field, at: path) }
            for (i, element) in elements.enumerated() {
                object(element, schema, at: path.appending(i))
            }
        }
    }

    /// The members that are ids: printed in logs, status tables and links,
    /// so they must hold nothing a terminal acts on and no line break.
    static let identifierKeys: Set<String> = ["credential_id", "id", "asset_id"]

    /// The first character of `text` that an id may not hold (C0, DEL, C1,
    /// U+2028, U+2029) and its position (1-based, in characters).
    static func forbiddenIDCharacter(in text: String) -> (Unicode.Scalar, Int)? {
        for (i, scalar) in text.unicodeScalars.enumerated() {
            let v = scalar.value
            if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 { return (scalar, i + 1) }
        }
        return nil
    }

    private mutating func string(_ text: String, _ field: FieldSchema, at path: JSONPath) {
        if Self.identifierKeys.contains(field.key), let (scalar, position) = Self.forbiddenIDCharacter(in: text) {
            let what = [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains(scalar.value) ? "a line break" : "a control character"
            error(.idCharacters, path, "\(field.key) \(text.quotedForMessage) holds \(what) (U+\(TextSanitizer.hex4(scalar.value)), character \(position)); ids are printed in logs and tables, so they may hold no control characters or line breaks: remove it")
            return
        }
        if text.isBlank {
            if field.blankAllowed { return }
            switch field.presence {
            case .required:
                error(field.blankRule, path, "\(field.key) is empty; give \(Self.describe(field))")
                return
            case .conditional:
                return  // the rule that decides whether it is needed reports it
            case .optional:
                if case .text = field.kind { return }
                error(.required, path, "\(field.key) is empty; leave it out or give \(Self.describe(field))")
                return
            }
        }
        switch field.kind {
        case .date(let form):
            date(text, form, field, at: path)
        case .choice(let values, let rule):
            guard !values.contains(text) else { return }
            error(rule, path, Self.choiceMessage(text, values, rule: rule, key: field.key, at: path))
        case .country:
            guard !CountryCodes.isAssigned(text) else { return }
            let upper = text.trimmed.uppercased()
            if CountryCodes.isAssigned(upper) {
                error(.countryCode, path, "\(text.quotedForMessage) must be written \(JSONWriter.quoted(upper)): country codes are two upper-case letters (ISO 3166-1 alpha-2)")
            } else {
                error(.countryCode, path, "\(text.quotedForMessage) is not an ISO 3166-1 alpha-2 country code; use two upper-case letters such as \"SG\", \"AU\" or \"ID\"")
            }
        case .url:
            if URLCheck.problem(text) != nil {
                error(.url, path, "\(text.quotedForMessage) is not an absolute http(s) URL, e.g. \"https://example.com/certificate.pdf\"")
            }
        case .text, .jsonText, .boolean, .textList, .object, .objectList:
            return
        }
    }

    /// What is wrong with `text` as a value of a choice field, and the
    /// values that would be right.
    static func choiceMessage(_ text: String, _ values: [String], rule: RuleID, key: String, at path: JSONPath) -> String {
        let noun: String
        switch rule {
        case .cefrLevel: noun = "CEFR level"
        case .assetType:
            if case .key(let section)? = path.components.first { noun = "asset_type for \(section)" } else { noun = "asset_type" }
        default: noun = key
        }
        if let match = values.first(where: { $0.lowercased() == text.trimmed.lowercased() }) {
            return "\(text.quotedForMessage) is not a valid \(noun); write it exactly as \(JSONWriter.quoted(match))"
        }
        let options = values.map { JSONWriter.quoted($0) }
        if options.count == 1 { return "\(text.quotedForMessage) is not a valid \(noun); it must be \(options[0])" }
        let list = options.dropLast().joined(separator: ", ") + " or " + (options.last ?? "")
        return "\(text.quotedForMessage) is not a valid \(noun); use one of \(list)"
    }

    private mutating func date(_ text: String, _ form: DateForm, _ field: FieldSchema, at path: JSONPath) {
        switch CalendarDate.parse(text, as: form) {
        case .success:
            return
        case .failure(.calendar(let why)):
            error(.dateCalendar, path, "\(text.quotedForMessage) is not a real date: \(why)")
        case .failure(.format):
            let example = field.example ?? form.example
            if text.trimmed != text, case .success = CalendarDate.parse(text.trimmed, as: form) {
                error(.dateFormat, path, "\(text.quotedForMessage) has spaces around it; write \(JSONWriter.quoted(text.trimmed))")
            } else if let rewritten = CalendarDate.rewrite(text, as: form) {
                error(.dateFormat, path, "\(text.quotedForMessage) is not a date of the form \(form.mask); write it as \(JSONWriter.quoted(rewritten))")
            } else {
                error(.dateFormat, path, "\(text.quotedForMessage) is not a date of the form \(form.mask); write it like \(JSONWriter.quoted(example))")
            }
        }
    }
}

/// Whether a text is an absolute http(s) URL with a host.
enum URLCheck {
    enum Problem { case notHTTP, noHost, spaces }

    static func problem(_ text: String) -> Problem? {
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") {
            rest = text.dropFirst(8)
        } else if lower.hasPrefix("http://") {
            rest = text.dropFirst(7)
        } else {
            return .notHTTP
        }
        if text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 }) { return .spaces }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return host.isEmpty ? .noHost : nil
    }
}
