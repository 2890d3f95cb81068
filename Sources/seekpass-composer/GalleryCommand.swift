import ArgumentParser
import TerminalUI

/// `seekpass-composer gallery`: every widget and the active theme's roles on one screen.
struct GalleryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gallery",
        abstract: "Show every widget and the theme's colours (a live theme preview)."
    )

    func run() async throws {
        InteractiveTerminal.requireOrExit()
        let outcome = try await TerminalApp.run(Smoke())
        TerminalApp.exit(with: outcome)
    }
}

struct Smoke: Program {
    var last = "none"
    var size = Size(width: 0, height: 0)
    mutating func update(_ event: Event<Never>) -> [Command<Never>] {
        switch event {
        case .key(.ctrl("q")): return [.quit(exitCode: 0)]
        case .key(let k): last = k.description
        case .paste(let p): last = "paste:" + p
        case .resize(let s): size = s
        default: break
        }
        return []
    }
    func render(into frame: inout ScreenBuffer) {
        frame.write("SMOKE last=\(last) size=\(size) 東京🚀 \u{1B}[31m", at: Point(x: 0, y: 0), style: Style(foreground: .indexed(2), attributes: .bold))
    }
}
