/// A piece of HTML that is safe by construction: text and attribute values
/// go in escaped, and markup is made only by `element`, so a value the
/// partner sent (a name written as `<img src=x onerror=…>`) can only ever
/// show as text.
struct HTML: Sendable, Equatable {
    /// The markup, ready to send.
    private(set) var markup: String

    private init(markup: String) {
        self.markup = markup
    }

    /// Nothing.
    static let empty = HTML(markup: "")

    /// `text`, escaped.
    static func text(_ text: String) -> HTML {
        HTML(markup: escape(text))
    }

    /// `<name attributes>children</name>`; `void` elements have no children
    /// and no end tag. Attribute values are escaped; a `nil` value leaves
    /// the attribute out, an empty one writes it bare (`hidden`).
    static func element(_ name: StaticString, _ attributes: Attributes, _ children: [HTML], void: Bool = false) -> HTML {
        var markup = "<" + name.description
        for (key, value) in attributes.pairs {
            guard let value else { continue }
            markup += " " + key.description
            if !value.isEmpty { markup += "=\"" + escape(value) + "\"" }
        }
        markup += ">"
        guard !void else { return HTML(markup: markup) }
        for child in children { markup += child.markup }
        return HTML(markup: markup + "</" + name.description + ">")
    }

    /// A void element (`<meta …>`, `<input …>`): attributes, no children.
    static func void(_ name: StaticString, _ attributes: Attributes) -> HTML {
        element(name, attributes, [], void: true)
    }

    /// The pieces one after the other.
    static func join(_ pieces: [HTML]) -> HTML {
        HTML(markup: pieces.map(\.markup).joined())
    }

    /// A whole document: the doctype, then `root`.
    static func document(_ root: HTML) -> String {
        "<!doctype html>\n" + root.markup + "\n"
    }

    /// `&`, `<`, `>`, `"` and `'` as character references.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Short forms for the elements the pages use.
extension HTML {
    static func tag(_ name: StaticString, _ text: String) -> HTML {
        element(name, [:], [.text(text)])
    }

    static func tag(_ name: StaticString, _ attributes: Attributes, _ text: String) -> HTML {
        element(name, attributes, [.text(text)])
    }

    static func tag(_ name: StaticString, _ children: HTML...) -> HTML {
        element(name, [:], children)
    }

    static func tag(_ name: StaticString, _ attributes: Attributes, _ children: HTML...) -> HTML {
        element(name, attributes, children)
    }
}

/// The attributes of an element, in order: names are fixed in the code,
/// values are escaped when written.
struct Attributes: ExpressibleByDictionaryLiteral, Sendable {
    private(set) var pairs: [(StaticString, String?)]

    init(dictionaryLiteral elements: (StaticString, String?)...) {
        pairs = elements
    }

    mutating func append(_ name: StaticString, _ value: String?) {
        pairs.append((name, value))
    }
}
