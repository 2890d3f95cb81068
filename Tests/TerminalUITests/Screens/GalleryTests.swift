import Testing
@testable import TerminalUI

@Suite struct GalleryTests {
    static let catalog = ThemeCatalog(userDirectory: nil)
    static func gallery() -> GalleryProgram {
        GalleryProgram(themes: ThemeCatalog.shippedNames.map { catalog.load($0) })
    }

    static func run(_ script: [HeadlessTerminal.Step], size: Size = Size(width: 100, height: 30)) -> (outcome: RunOutcome, program: GalleryProgram, terminal: HeadlessTerminal) {
        HeadlessTerminal.run(gallery(), size: size, script: script)
    }

    @Test func showsEveryWidgetAndTheThemeRoles() {
        let screen = Self.run([]).terminal.screen
        let text = screen.text
        for expected in ["widget gallery", "theme: default (1/4)", "Given name", "東京 café 🚀 ␛[31m", "2024-05-17", "YYYY-MM", "YYYY",
                         "[x] Yes", "— │ Yes │ No", "(•) Certification", "1. SEEK", "JSON preview", "\"credential_type\"",
                         "passport-scan.pdf", "0%", "Theme roles", "field-focused", "json-punctuation", "F1 Help"] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        #expect(screen.cursor == screen.find("Given name"), "the cursor starts in the first field")
    }

    @Test func typingFillsTheFieldAndThePreview() {
        let run = Self.run([.type("Ana ?"), .paste("Lee\nJones")])
        #expect(run.program.name.text == "Ana ?Lee Jones")
        #expect(run.terminal.screen.text.contains("\"name\": \"Ana ?Lee Jones\""))
        #expect(run.program.overlay == nil, "? in a text field is text")
    }

    @Test func questionMarkOpensHelpOutsideTextFieldsAndHelpListsEveryKey() {
        let run = Self.run([.key(.tab), .key(.tab), .key(.tab), .key(.tab), .key(.tab), .type("?")])
        #expect(run.program.focusedField == .verified)
        let text = run.terminal.screen.text
        #expect(text.contains("Keys — widget gallery"))
        let sections = run.program.helpSections
        for binding in GalleryProgram.keys.bindings {
            #expect(sections[0].entries.contains { $0.text == binding.help })
        }
        let titles = sections.map(\.title)
        for title in ["Gallery", "Moving between fields", "Text field", "Date field", "Three-way toggle", "Choice list", "List", "Text view", "Dialog"] {
            #expect(titles.contains { $0.hasPrefix(title) }, "help lacks \(title)")
        }
        let closed = Self.run([.key(.f(1)), .key(.escape)])
        #expect(closed.program.overlay == nil)
    }

    @Test func focusMovesWithTabShiftTabAndArrows() {
        let run = Self.run([.key(.down), .key(.down), .key(.up), .key(.backTab), .key(.backTab)])
        #expect(run.program.focusedField == .preview)
        let intoList = Self.run([.key(.tab), .key(.tab), .key(.tab), .key(.tab), .key(.tab), .key(.tab), .key(.tab), .key(.down), .key(.down)])
        #expect(intoList.program.focusedField == .credential, "Down moves inside the list first")
        #expect(intoList.program.credential.highlighted == 3)
    }

    @Test func f2CyclesThemesLive() {
        let run = Self.run([.key(.f(2))])
        #expect(run.program.theme.name == "light")
        #expect(run.terminal.screen.text.contains("theme: light (2/4)"))
        #expect(run.terminal.screen[x: 1, y: 0].style == run.program.theme[.title])
        let back = Self.run([.key(.f(2)), .key(Key(.function(2), .shift)), .key(Key(.function(2), .shift))])
        #expect(back.program.theme.name == "monochrome")
    }

    @Test func brokenStartingThemeIsReportedOnTheStatusLine() {
        let problem = ThemeError(file: "/x/themes/mine.toml", line: 3, key: "fg", message: "'pink' is not a colour")
        let gallery = GalleryProgram(themes: [ThemeCatalog.Loaded(theme: .fallback, problem: problem)])
        let run = HeadlessTerminal.run(gallery, script: [])
        #expect(run.terminal.screen.line(29).contains("Theme not used: mine.toml:3: key 'fg': 'pink' is not a colour"))
    }

    @Test func uploadProgressArrivesAsMessagesFromATask() async {
        let idle = Self.run([.idle, .idle])
        #expect(idle.program.upload == 0)
        #expect(idle.program.tickInterval == nil, "no ticks while nothing animates")
        let run = await HeadlessTerminal.runOnOwnThread(Self.gallery(), script: [.key(.f(5))] + Array(repeating: .awaitMessage(timeout: messageWait), count: 3))
        #expect(run.program.uploadedBytes > 0)
        #expect(run.program.tickInterval == .milliseconds(100))
        #expect(run.terminal.screen.text.contains(" of 4.2 MB"))
        let paused = await HeadlessTerminal.runOnOwnThread(Self.gallery(), script: [.key(.f(5)), .awaitMessage(timeout: messageWait), .key(.f(5))])
        #expect(paused.program.tickInterval == nil)
        #expect(paused.terminal.screen.text.contains("Upload paused"))
    }

    @Test func lateMessagesAfterPauseAreIgnored() {
        var gallery = Self.gallery()
        _ = gallery.update(.message(.uploaded(1_000_000)))
        #expect(gallery.uploadedBytes == 0)
        _ = gallery.update(.key(.f(5)))
        _ = gallery.update(.message(.uploaded(GalleryProgram.uploadTotal)))
        #expect(gallery.upload == 1)
        #expect(gallery.tickInterval == nil)
        #expect(gallery.status == "Upload complete")
    }

    @Test func quitAsksOnlyAfterEdits() {
        #expect(Self.run([.key(.ctrl("q"))]).outcome == .quit(exitCode: 0))
        let asked = Self.run([.type("x"), .key(.ctrl("q"))])
        #expect(asked.outcome == .inputEnded)
        #expect(asked.terminal.screen.text.contains("You changed fields in the gallery"))
        #expect(Self.run([.type("x"), .key(.ctrl("q")), .key(.char("q"))]).outcome == .quit(exitCode: 0))
    }

    @Test func confirmDialogResetsTheForm() {
        let run = Self.run([.type("Ana"), .key(.f(8)), .key(.left), .key(.enter)])
        #expect(run.program.name.text.isEmpty)
        #expect(run.terminal.screen.text.contains("Form reset"))
        let kept = Self.run([.type("Ana"), .key(.f(8)), .key(.escape)])
        #expect(kept.program.name.text == "Ana")
        let message = Self.run([.key(.f(7))])
        #expect(message.terminal.screen.text.contains("[ OK ]"))
    }

    @Test func listEditorWorksInsideTheForm() {
        let tabs = Array(repeating: HeadlessTerminal.Step.key(.tab), count: 8)
        let run = Self.run(tabs + [.key(.insert), .type("New Partner"), .key(.enter), .key(Key.up.with(.alt))])
        #expect(run.program.partners.rows == ["New Partner", "SEEK", "Acme Verify", "Registry of Trades"])
        #expect(run.terminal.screen.text.contains("{ \"name\": \"New Partner\" }"))
    }

    @Test(arguments: [Size(width: 60, height: 16), Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 200, height: 60)])
    func fitsEverySupportedSize(size: Size) {
        let screen = Self.run([.key(.f(1))], size: size).terminal.screen
        for line in screen.lines { #expect(TextLayout.width(line) <= size.width) }
        #expect(screen.text.contains("widget gallery") || screen.text.contains("Keys"))
    }

    @Test func monochromeUnderNoColour() {
        let run = HeadlessTerminal.run(Self.gallery(), colorDepth: .monochrome, script: [])
        for y in 0..<30 {
            for x in 0..<100 {
                let style = run.terminal.screen[x: x, y: y].style
                #expect(style.foreground == .default && style.background == .default)
            }
        }
    }
}
