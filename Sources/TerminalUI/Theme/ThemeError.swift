/// Why a theme file could not be used: the file, the line (from 1) and the key at fault.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var key: String?
    public var message: String

    public init(file: String, line: Int, key: String?, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    /// `file:line: key 'k': message`
    public var description: String { describe(file: file) }

    /// As ``description``, naming the file without its directory (for the screen's one line).
    public var shortDescription: String {
        describe(file: file.split(separator: "/").last.map(String.init) ?? file)
    }

    private func describe(file: String) -> String {
        let location = line > 0 ? "\(file):\(line)" : file
        if let key { return "\(location): key '\(key)': \(message)" }
        return "\(location): \(message)"
    }
}
