/// The program's own settings file (`config.toml`). Today it holds one table, `[keys]`:
///
/// ```toml
/// [keys]
/// help = "ctrl-g"              # one key
/// save = ["f2", "alt-w"]       # or several
/// ```
///
/// What the names mean is the screens' business (TerminalUI's key map); this type only
/// reads the file. Nothing in it stops the program: every problem is a message naming the
/// file, the line and the key, and what it concerns is left at its default.
public struct ConfigFile: Sendable {
    /// One `ACTION = "KEY"` or `ACTION = ["KEY", …]` line of `[keys]`.
    public struct KeySetting: Sendable, Equatable {
        public var action: String
        public var keys: [String]
        public var line: Int

        public init(action: String, keys: [String], line: Int) {
            self.action = action
            self.keys = keys
            self.line = line
        }
    }

    public var path: String
    public var keys: [KeySetting] = []
    /// What could not be used, each naming the file, the line and the key.
    public var problems: [TOMLError] = []

    public init(path: String, keys: [KeySetting] = [], problems: [TOMLError] = []) {
        self.path = path
        self.keys = keys
        self.problems = problems
    }

    /// The tables the file may hold.
    public static let tables = ["keys"]

    /// Reads `path`; a missing file is an empty configuration, an unreadable one a problem.
    public static func load(_ path: String) -> ConfigFile {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path, limit: 1024 * 1024)
        } catch .notFound {
            return ConfigFile(path: path)
        } catch {
            return ConfigFile(path: path, problems: [TOMLError(file: path, line: 0, message: "\(error); the defaults are used")])
        }
        return parse(String(decoding: bytes, as: UTF8.self), path: path)
    }

    /// Reads the text of a config file named `path` in messages.
    public static func parse(_ text: String, path: String) -> ConfigFile {
        var file = ConfigFile(path: path)
        let document: TOMLDocument
        do {
            document = try TOMLDocument.parse(text, file: path)
        } catch {
            var problem = error
            problem.message += "; the whole file is ignored and the defaults are used"
            file.problems.append(problem)
            return file
        }
        for entry in document.root.entries {
            guard entry.key == "keys", case .table(let keys) = entry.value else {
                if entry.key == "keys" {
                    file.problems.append(TOMLError(file: path, line: entry.line, key: entry.key,
                                                   message: "keys is a table: write [keys] on its own line and ACTION = \"KEY\" lines below it"))
                    continue
                }
                file.problems.append(TOMLError(file: path, line: entry.line, key: entry.key,
                                               message: "unknown setting, ignored; the file holds " + tables.map { "[\($0)]" }.joined(separator: ", ")))
                continue
            }
            for setting in keys.entries {
                switch setting.value {
                case .string(let key):
                    file.keys.append(KeySetting(action: setting.key, keys: [key], line: setting.line))
                case .array(let values) where !values.isEmpty && values.allSatisfy({ $0.stringValue != nil }):
                    file.keys.append(KeySetting(action: setting.key, keys: values.compactMap(\.stringValue), line: setting.line))
                case .array(let values) where values.isEmpty:
                    file.problems.append(TOMLError(file: path, line: setting.line, key: setting.key,
                                                   message: "give at least one key, like \(setting.key) = \"ctrl-g\"; the default keys stay"))
                case .array:
                    file.problems.append(TOMLError(file: path, line: setting.line, key: setting.key,
                                                   message: "every key of the list goes in quotes, like [\"f2\", \"alt-w\"]; the default keys stay"))
                default:
                    file.problems.append(TOMLError(file: path, line: setting.line, key: setting.key,
                                                   message: "expected a key in quotes (\"ctrl-g\") or a list of them ([\"f2\", \"alt-w\"]), found \(setting.value.typeName); the default keys stay"))
                }
            }
        }
        return file
    }
}
