import ArgumentParser
import PassCore
import TerminalUI

/// `seekpass-composer keys`: the composer's keys in effect, with config.toml's `[keys]` applied.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print the composer's keys in effect: the defaults, and what config.toml's [keys] remaps.",
        discussion: """
            Each line is an action, its keys as config.toml writes them, and where they come from. \
            Settings that cannot be used are printed on standard error (naming the file, the line and the action) \
            and the exit status is then 1; the composer starts anyway, with those actions' default keys.
            """
    )

    @Flag(help: "Print a JSON object instead of lines.")
    var json = false

    func run() throws {
        let file = AppPaths.resolve().configFile
        let map = ComposerKeyMap.load(path: file)
        let rows = ComposerCommand.allCases.map { command in
            let keys = map.table.bindings.first { $0.action == command }?.keys ?? []
            let from = map.remappedAt[command].map { "config.toml:\($0)" } ?? "default"
            return (command, keys.map(\.configName), from)
        }
        if json {
            let keys = rows.map { command, keys, from in
                JSONValue.object(JSONObject([
                    .init("action", .string(command.configName)),
                    .init("keys", .array(keys.map(JSONValue.string))),
                    .init("from", .string(from)),
                    .init("does", .string(command.title)),
                ]))
            }
            let problems = map.problems.map { problem in
                JSONValue.object(JSONObject([
                    .init("line", .number(String(problem.line))),
                    .init("action", problem.key.map(JSONValue.string) ?? .null),
                    .init("message", .string(problem.message)),
                ]))
            }
            StandardStreams.out(bytes: JSONWriter.bytes(.object(JSONObject([
                .init("file", .string(file)), .init("keys", .array(keys)), .init("problems", .array(problems)),
            ]))))
        } else {
            StandardStreams.out("The composer's keys (config file: \(file)):\n\n")
            let actionWidth = rows.map(\.0.configName.count).max() ?? 0
            let keyTexts = rows.map { $0.1.isEmpty ? "(palette only)" : $0.1.joined(separator: ", ") }
            let keysWidth = keyTexts.map(\.count).max() ?? 0
            let fromWidth = rows.map(\.2.count).max() ?? 0
            for (index, row) in rows.enumerated() {
                func padded(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: width - text.count + 2) }
                StandardStreams.out(padded(row.0.configName, actionWidth) + padded(keyTexts[index], keysWidth)
                                    + padded(row.2, fromWidth) + row.0.title + "\n")
            }
        }
        for problem in map.problems {
            StandardStreams.err("seekpass-composer: \(problem)\n")
        }
        if !map.problems.isEmpty { throw ExitCode(ExitStatus.invalid) }
    }
}
