import Foundation

/// The profile file (`profiles.toml`): a top-level `default = "NAME"` and
/// one `[profile.NAME]` (or `[NAME]`) table per endpoint.
///
/// ```toml
/// default = "staging"
///
/// [profile.staging]
/// url = "https://app.seekpass-staging.com"
/// client_id = "my-client"
/// client_secret = "..."   # the file must be chmod 600
/// id_prefix = "ACME"
/// ```
public struct ProfileFile: Sendable {
    public var path: String
    public var defaultProfile: String?
    public var profiles: [Profile]
    /// Things worth telling that do not stop anything (unknown keys).
    public var notes: [String]

    public subscript(name: String) -> Profile? {
        profiles.first { $0.name == name }
    }

    /// Reads `path`; nil when there is no such file. Refuses a file that holds a secret
    /// and is readable by group or others, before its syntax is checked (so a broken file
    /// that others can read is refused for its permissions, and no message of it shows a value).
    public static func load(_ path: String) throws(ConfigurationError) -> ProfileFile? {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path, limit: 1024 * 1024)
        } catch .notFound {
            return nil
        } catch {
            throw .unreadable(error)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if let secret = TOMLDocument.secretSettings(in: text).first {
            var info = stat()
            if stat(path, &info) == 0, info.st_mode & 0o077 != 0 {
                throw .secretFileReadable(path: path, mode: UInt32(info.st_mode & 0o777), holding: describe(secret))
            }
        }
        return try parse(text, path: path)
    }

    /// `client_secret in [profile.staging]`, for the permission message.
    private static func describe(_ setting: (table: [String], key: String, line: Int)) -> String {
        var table = setting.table
        if table.first == "profile", table.count > 1 { table.removeFirst() }
        return table.isEmpty ? "\(setting.key) (line \(setting.line))" : "\(setting.key) in [profile.\(table.joined(separator: "."))]"
    }

    /// Parses the text of a profile file named `path` in messages.
    public static func parse(_ text: String, path: String) throws(ConfigurationError) -> ProfileFile {
        let document: TOMLDocument
        do {
            document = try TOMLDocument.parse(text, file: path)
        } catch {
            throw .syntax(error)
        }
        var file = ProfileFile(path: path, defaultProfile: nil, profiles: [], notes: [])
        // `[profile.NAME]` tables, and the shorter `[NAME]`.
        var tables: [TOMLTable] = []
        for entry in document.root.entries {
            switch entry.value {
            case .table(let table) where entry.key == "profile":
                for profile in table.entries {
                    guard case .table(let inner) = profile.value else {
                        throw .syntax(TOMLError(file: path, line: profile.line, key: "profile.\(profile.key)",
                                                message: "a profile is a table: [profile.NAME] with its keys below it"))
                    }
                    tables.append(inner)
                }
            case .table(let table):
                tables.append(table)
            default:
                guard entry.key == "default" else {
                    file.notes.append("\(path):\(entry.line): \(entry.key): unknown top-level key, ignored; only default = \"NAME\" goes above the tables")
                    continue
                }
                guard let name = entry.value.stringValue else {
                    throw .syntax(TOMLError(file: path, line: entry.line, key: "default", message: "expected the name of a profile in quotes"))
                }
                file.defaultProfile = name
            }
        }
        for table in tables {
            var name = table.name
            if name.hasPrefix("profile.") { name.removeFirst("profile.".count) }
            if name.isEmpty || name.contains(".") {
                throw .syntax(TOMLError(file: path, line: table.line, message: "a profile table is [profile.NAME] or [NAME], with a name without dots"))
            }
            if file[name] != nil {
                throw .syntax(TOMLError(file: path, line: table.line, message: "the profile \(name) is defined twice"))
            }
            let (profile, notes) = try Profile.read(table, name: name, file: path)
            file.profiles.append(profile)
            file.notes += notes
        }
        if let name = file.defaultProfile, file[name] == nil {
            throw .unknownProfile(name, file: path, known: file.profiles.map(\.name))
        }
        return file
    }
}
