import Foundation

/// Finds themes by name: user themes in `$XDG_CONFIG_HOME/seekpass-composer/themes/NAME.toml`
/// (else `~/.config/seekpass-composer/themes/`) override the shipped ones, which are built in.
public struct ThemeCatalog: Sendable {
    /// The result of loading a theme: the theme to use, and why it is not the one asked for.
    public struct Loaded: Sendable {
        public var theme: Theme
        /// Set when the named theme was missing or broken and the default was used instead.
        public var problem: ThemeError?
    }

    /// Where user themes live, or nil when neither `XDG_CONFIG_HOME` nor `HOME` is set.
    public var userDirectory: String?
    /// Glyphs given to every loaded theme.
    public var glyphs: GlyphSet
    /// Whether `NO_COLOR` was set (non-empty): every load gives the monochrome theme.
    public var noColor: Bool

    public init(userDirectory: String?, glyphs: GlyphSet = .unicode, noColor: Bool = false) {
        self.userDirectory = userDirectory
        self.glyphs = glyphs
        self.noColor = noColor
    }

    /// A catalog configured from environment variables.
    public init(environment: [String: String], glyphs: GlyphSet = .unicode) {
        var directory: String?
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            directory = config + "/seekpass-composer/themes"
        } else if let home = environment["HOME"], !home.isEmpty {
            directory = home + "/.config/seekpass-composer/themes"
        }
        self.init(userDirectory: directory, glyphs: glyphs, noColor: !(environment["NO_COLOR"] ?? "").isEmpty)
    }

    /// The shipped theme names, in order.
    public static var shippedNames: [String] { EmbeddedThemes.names }

    /// Shipped names, then user themes that add a new name (sorted).
    public var names: [String] {
        var all = Self.shippedNames
        all += userThemeNames().filter { !all.contains($0) }.sorted()
        return all
    }

    /// Whether a theme of this name exists (shipped or user).
    public func contains(_ name: String) -> Bool { names.contains(name) }

    /// Loads `name`; a missing or broken theme gives the default theme and the reason.
    public func load(_ name: String) -> Loaded {
        if noColor { return Loaded(theme: Theme.monochrome.with(glyphs: glyphs), problem: nil) }
        if let path = userPath(for: name), FileManager.default.fileExists(atPath: path) {
            return load(path: path, name: name)
        }
        if let text = EmbeddedThemes.text[name] {
            do {
                return Loaded(theme: try ThemeParser.parse(text, name: name, file: "\(name).toml").with(glyphs: glyphs), problem: nil)
            } catch {
                return Loaded(theme: Theme.fallback.with(glyphs: glyphs), problem: error)
            }
        }
        let problem = ThemeError(file: name, line: 0, key: nil,
                                 message: "no theme of that name (available: \(names.joined(separator: ", ")))")
        return Loaded(theme: Theme.fallback.with(glyphs: glyphs), problem: problem)
    }

    /// Loads a theme file; on any problem, the default theme and the reason.
    public func load(path: String, name: String) -> Loaded {
        guard let data = FileManager.default.contents(atPath: path) else {
            return Loaded(theme: Theme.fallback.with(glyphs: glyphs),
                          problem: ThemeError(file: path, line: 0, key: nil, message: "cannot be read"))
        }
        do {
            let theme = try ThemeParser.parse(String(decoding: data, as: UTF8.self), name: name, file: path)
            return Loaded(theme: theme.with(glyphs: glyphs), problem: nil)
        } catch {
            return Loaded(theme: Theme.fallback.with(glyphs: glyphs), problem: error)
        }
    }

    func userPath(for name: String) -> String? {
        guard let userDirectory, !name.isEmpty,
              name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { return nil }
        return userDirectory + "/" + name + ".toml"
    }

    func userThemeNames() -> [String] {
        guard let userDirectory,
              let files = try? FileManager.default.contentsOfDirectory(atPath: userDirectory) else { return [] }
        return files.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }.filter { userPath(for: $0) != nil }
    }
}
