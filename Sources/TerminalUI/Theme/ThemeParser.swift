import PassCore

/// Reads a theme file.
///
/// Top-level keys `name` and `description` (strings) are optional. Every other section is a
/// role (``ThemeRole``) with optional keys `fg` and `bg` (a colour: `"default"`, an ANSI name
/// like `"red"` or `"bright-red"`, `"#rrggbb"`, or an index 0–255) and the booleans `bold`,
/// `dim`, `underline`, `reverse`, `italic`. A role without `fg` or `bg` takes the `text` role's.
/// Unknown roles and keys are errors, so typos are reported instead of ignored.
public enum ThemeParser {
    public static func parse(_ text: String, name: String, file: String) throws(ThemeError) -> Theme {
        let document: TOMLDocument
        do {
            document = try TOMLDocument.parse(text, file: file)
        } catch {
            throw ThemeError(file: file, line: error.line, key: error.key, message: error.message)
        }
        var description = ""
        var themeName = name
        var partial: [ThemeRole: (fg: TerminalColor?, bg: TerminalColor?, attributes: TextAttributes)] = [:]
        for entry in document.root.entries {
            guard case .table(let table) = entry.value else {
                guard case .string(let value) = entry.value else {
                    throw ThemeError(file: file, line: entry.line, key: entry.key, message: "expected a string, found \(entry.value.typeName)")
                }
                switch entry.key {
                case "name": themeName = value
                case "description": description = value
                default:
                    throw ThemeError(file: file, line: entry.line, key: entry.key, message: "unknown key (expected name or description)")
                }
                continue
            }
            guard let role = ThemeRole(rawValue: entry.key) else {
                throw ThemeError(file: file, line: table.line, key: nil, message: "unknown role [\(table.name)]")
            }
            var fg: TerminalColor?, bg: TerminalColor?, attributes: TextAttributes = []
            for entry in table.entries {
                switch entry.key {
                case "fg": fg = try color(entry, file: file)
                case "bg": bg = try color(entry, file: file)
                default:
                    guard let attribute = TextAttributes.named.first(where: { $0.0 == entry.key })?.1 else {
                        throw ThemeError(file: file, line: entry.line, key: entry.key,
                                         message: "unknown key in [\(table.name)] (expected fg, bg, bold, dim, underline, reverse or italic)")
                    }
                    guard case .bool(let on) = entry.value else {
                        throw ThemeError(file: file, line: entry.line, key: entry.key, message: "expected true or false, found \(entry.value.typeName)")
                    }
                    if on { attributes.insert(attribute) }
                }
            }
            partial[role] = (fg, bg, attributes)
        }
        let base = partial[.text]
        let baseStyle = Style(foreground: base?.fg ?? .default, background: base?.bg ?? .default, attributes: base?.attributes ?? [])
        var styles: [ThemeRole: Style] = [:]
        for role in ThemeRole.allCases {
            if let p = partial[role] {
                styles[role] = Style(foreground: p.fg ?? baseStyle.foreground, background: p.bg ?? baseStyle.background, attributes: p.attributes)
            } else {
                styles[role] = baseStyle
            }
        }
        return Theme(name: themeName, description: description, styles: styles)
    }

    static func color(_ entry: TOMLEntry, file: String) throws(ThemeError) -> TerminalColor {
        switch entry.value {
        case .string(let text):
            if let color = TerminalColor(name: text) { return color }
            throw ThemeError(file: file, line: entry.line, key: entry.key,
                             message: "'\(text)' is not a colour (use default, an ANSI name like red or bright-blue, #rrggbb, or 0-255)")
        case .integer(let index) where (0...255).contains(index):
            return .indexed(UInt8(index))
        default:
            throw ThemeError(file: file, line: entry.line, key: entry.key, message: "expected a colour, found \(entry.value)")
        }
    }
}
