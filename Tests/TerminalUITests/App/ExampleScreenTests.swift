import Testing
@testable import TerminalUI

/// The smallest complete screen: one field, a key table, help, and a headless test.
struct GreetingScreen: Program {
    enum Action: Sendable { case help, quit }
    static let keys = KeyTable<Action>("Greeting", [
        KeyBinding(.f(1), .help, "Show keys"),
        KeyBinding(.ctrl("q"), .quit, "Quit"),
    ])

    var name = TextInput(placeholder: "Your name")
    var help: HelpOverlay?
    var theme = Theme.fallback

    mutating func update(_ event: Event<Never>) -> [Command<Never>] {
        if case .key(let key) = event, help != nil {
            if help?.handle(.key(key)) == .cancelled { help = nil }
            return []
        }
        if case .key(let key) = event, let action = Self.keys.action(for: key) {
            switch action {
            case .help: help = HelpOverlay(title: "Keys", sections: [Self.keys.help, name.keyHelp])
            case .quit: return [.requestQuit]
            }
            return []
        }
        if let input = event.input { _ = name.handle(input) }
        return []
    }

    func render(into frame: inout ScreenBuffer) {
        frame.write("Name:", at: Point(x: 1, y: 1), style: theme[.muted])
        name.render(into: &frame, rect: Rect(x: 8, y: 1, width: 30, height: 1), theme: theme, focused: help == nil)
        frame.write("Hello, \(name.text)!", at: Point(x: 1, y: 3), style: theme[.title])
        help?.render(into: &frame, rect: frame.bounds, theme: theme, focused: true)
    }

    var unsavedWorkQuestion: String? { name.text.isEmpty ? nil : "Forget the name?" }
}

@Suite struct ExampleScreenTests {
    @Test func greetsWhatIsTyped() {
        let run = HeadlessTerminal.run(GreetingScreen(), size: Size(width: 60, height: 16),
                                       script: [.type("Ana 東京"), .paste(" \u{1B}[2J")])
        #expect(run.terminal.screen.line(3) == " Hello, Ana 東京 !", "a pasted escape sequence goes whole, no [2J left behind")
        #expect(run.terminal.screen.cursor == Point(x: 8 + 9, y: 1), "東京 takes four cells")
    }

    @Test func helpAndQuit() {
        let help = HeadlessTerminal.run(GreetingScreen(), size: Size(width: 60, height: 16), script: [.key(.f(1))])
        #expect(help.terminal.screen.text.contains("Ctrl-Q"))
        let quit = HeadlessTerminal.run(GreetingScreen(), size: Size(width: 60, height: 16), script: [.type("x"), .key(.ctrl("q")), .key(.enter)])
        #expect(quit.outcome == .inputEnded, "Enter on the safe answer (Stay) keeps the screen")
    }
}
