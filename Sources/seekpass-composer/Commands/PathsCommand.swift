import ArgumentParser
import PassCore

/// `seekpass-composer paths`
struct PathsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paths",
        abstract: "Print where configuration, profiles, themes, drafts, history and logs live."
    )

    @Flag(help: "Print a JSON object instead of lines.")
    var json = false

    func run() {
        let paths = AppPaths.resolve()
        if json {
            StandardStreams.out(bytes: JSONWriter.bytes(.object(JSONObject(paths.all.map { .init($0.name, .string($0.path)) }))))
            return
        }
        let width = paths.all.map(\.name.count).max() ?? 0
        for (name, path) in paths.all {
            StandardStreams.out(name + String(repeating: " ", count: width - name.count + 2) + path + "\n")
        }
    }
}
