import Testing
@testable import TerminalUI

/// A small program: counts keys, animates while `spinning`, echoes posted messages.
struct CounterProgram: Program {
    enum Message: Sendable { case note(String) }

    var keys: [Key] = []
    var size = Size(width: 0, height: 0)
    var ticks = 0
    var spinning = false
    var dirty = false
    var notes: [String] = []
    var pasted: [String] = []
    var quitCalls = 0

    mutating func update(_ event: Event<Message>) -> [Command<Message>] {
        switch event {
        case .key(.ctrl("q")): return [.requestQuit]
        case .key(.f(10)): return [.quit(exitCode: 3)]
        case .key(.f(5)): spinning.toggle()
        case .key(.f(6)):
            return [.perform { poster in poster.post(.note("from a task")) }]
        case .key(.f(7)):
            return [.run(id: "slow") { poster in
                do { try await Task.sleep(for: .seconds(30)) } catch { poster.post(.note("cancelled")); return }
                poster.post(.note("finished"))
            }]
        case .key(.f(8)):
            return [.cancel(id: "slow")]
        case .key(let key): keys.append(key); dirty = true
        case .paste(let text): pasted.append(text)
        case .resize(let newSize): size = newSize
        case .tick: ticks += 1; if ticks >= 3 { spinning = false }
        case .message(.note(let text)): notes.append(text)
        }
        return []
    }

    func render(into frame: inout ScreenBuffer) {
        frame.write("keys \(keys.count) ticks \(ticks) size \(size)", at: Point(x: 0, y: 0), style: .plain)
        frame.write(notes.joined(separator: ","), at: Point(x: 0, y: 1), style: .plain)
    }

    var tickInterval: Duration? { spinning ? .milliseconds(100) : nil }
    var unsavedWorkQuestion: String? { dirty ? "Discard typed keys?" : nil }
    mutating func willQuit() { quitCalls += 1 }
}

@Suite struct ProgramRunnerTests {
    @Test func rendersStateAndStopsWhenScriptEnds() {
        let run = HeadlessTerminal.run(CounterProgram(), script: [.type("abc")])
        #expect(run.outcome == .inputEnded)
        #expect(run.program.keys == [.char("a"), .char("b"), .char("c")])
        #expect(run.terminal.screen.line(0) == "keys 3 ticks 0 size 100x30")
    }

    @Test func willQuitRunsOnceBeforeEveryQuitButNotWhenInputEnds() {
        #expect(HeadlessTerminal.run(CounterProgram(), script: [.key(.ctrl("q"))]).program.quitCalls == 1)
        #expect(HeadlessTerminal.run(CounterProgram(), script: [.key(.f(10))]).program.quitCalls == 1)
        // Asked first, answered Quit; and Ctrl-C twice.
        #expect(HeadlessTerminal.run(CounterProgram(), script: [.type("x"), .key(.ctrl("q")), .key(.left), .key(.enter)])
            .program.quitCalls == 1)
        #expect(HeadlessTerminal.run(CounterProgram(), script: [.type("x"), .key(.ctrl("c")), .key(.ctrl("c"))]).program.quitCalls == 1)
        // Asked and answered Stay; then the script ends.
        #expect(HeadlessTerminal.run(CounterProgram(), script: [.type("x"), .key(.ctrl("q")), .key(.escape)]).program.quitCalls == 0)
        #expect(HeadlessTerminal.run(CounterProgram(), script: [.type("abc")]).program.quitCalls == 0)
    }

    @Test func ctrlQWithoutUnsavedWorkQuits() {
        let run = HeadlessTerminal.run(CounterProgram(), script: [.key(.ctrl("q")), .type("never")])
        #expect(run.outcome == .quit(exitCode: 0))
        #expect(run.program.keys.isEmpty)
    }

    @Test func quitCommandCarriesExitCode() {
        let run = HeadlessTerminal.run(CounterProgram(), script: [.key(.f(10))])
        #expect(run.outcome == .quit(exitCode: 3))
        #expect(run.outcome.exitStatus == 3)
    }

    @Test func ctrlCWithUnsavedWorkAsksAndStayKeepsRunning() {
        let run = HeadlessTerminal.run(CounterProgram(), script: [.type("x"), .key(.ctrl("c"))])
        #expect(run.outcome == .inputEnded)
        #expect(run.terminal.screen.find("Discard typed keys?") != nil)
        #expect(run.terminal.screen.find("[ Quit ]") != nil)

        let stay = HeadlessTerminal.run(CounterProgram(), script: [.type("x"), .key(.ctrl("c")), .key(.enter), .type("y")])
        #expect(stay.outcome == .inputEnded)
        #expect(stay.program.keys.count == 2)
        #expect(stay.terminal.screen.find("Discard") == nil)
    }

    @Test func confirmingTheQuestionQuits() {
        let run = HeadlessTerminal.run(CounterProgram(), script: [.type("x"), .key(.ctrl("q")), .key(.left), .key(.enter)])
        #expect(run.outcome == .quit(exitCode: 0))
        let twice = HeadlessTerminal.run(CounterProgram(), script: [.type("x"), .key(.ctrl("c")), .key(.ctrl("c"))])
        #expect(twice.outcome == .quit(exitCode: 0))
    }

    @Test func sigintAsksLikeCtrlCAndSigtermEndsAtOnce() {
        let interrupted = HeadlessTerminal.run(CounterProgram(), script: [.type("x"), .signal(.interrupt)])
        #expect(interrupted.outcome == .inputEnded)
        #expect(interrupted.terminal.screen.find("Quit?") != nil)
        let terminated = HeadlessTerminal.run(CounterProgram(), script: [.type("x"), .signal(.terminate), .type("y")])
        #expect(terminated.outcome == .signal(.terminate))
        #expect(terminated.outcome.exitStatus == 143)
        #expect(HeadlessTerminal.run(CounterProgram(), script: [.signal(.hangup)]).outcome.exitStatus == 129)
    }

    @Test func ticksOnlyWhileAnimating() {
        let run = HeadlessTerminal.run(CounterProgram(), script: [.idle, .key(.f(5)), .idle, .idle, .idle, .idle, .idle])
        #expect(run.program.ticks == 3)
        #expect(run.program.spinning == false)
    }

    @Test func resizeReachesTheProgramAndSmallSizesShowTheNotice() {
        let run = HeadlessTerminal.run(CounterProgram(), script: [.resize(Size(width: 40, height: 10))])
        #expect(run.program.size == Size(width: 40, height: 10))
        #expect(run.terminal.screen.find("Terminal too small") != nil)
        #expect(run.terminal.screen.find("needs 60x16") != nil)

        let back = HeadlessTerminal.run(CounterProgram(), script: [.resize(Size(width: 40, height: 10)), .type("a"), .resize(Size(width: 80, height: 24))])
        #expect(back.program.keys.isEmpty, "keys are not passed on while the notice shows")
        #expect(back.terminal.screen.line(0) == "keys 0 ticks 0 size 80x24")
    }

    @Test(arguments: [Size(width: 20, height: 5), Size(width: 40, height: 10), Size(width: 1, height: 1), Size(width: 0, height: 0)])
    func sizeNoticeFitsTinyTerminals(size: Size) {
        let run = HeadlessTerminal.run(CounterProgram(), size: size, script: [])
        for line in run.terminal.screen.lines { #expect(TextLayout.width(line) <= size.width) }
        if size.width >= 20 { #expect(run.terminal.screen.find("too small") != nil) }
    }

    @Test func ctrlQQuitsFromTheNotice() {
        let run = HeadlessTerminal.run(CounterProgram(), size: Size(width: 20, height: 5), script: [.key(.ctrl("q"))])
        #expect(run.outcome == .quit(exitCode: 0))
    }

    @Test func messagesPostedFromATaskWakeTheLoop() async {
        let run = await HeadlessTerminal.runOnOwnThread(CounterProgram(), script: [.key(.f(6)), .awaitMessage(timeout: messageWait), .type("z")])
        #expect(run.program.notes == ["from a task"])
        #expect(run.terminal.screen.line(1) == "from a task")
    }

    @Test func namedTasksCanBeCancelledAndReplaced() async {
        let cancelled = await HeadlessTerminal.runOnOwnThread(CounterProgram(), script: [.key(.f(7)), .key(.f(8)), .awaitMessage(timeout: messageWait)])
        #expect(cancelled.program.notes == ["cancelled"])
        let replaced = await HeadlessTerminal.runOnOwnThread(CounterProgram(), script: [.key(.f(7)), .key(.f(7)), .awaitMessage(timeout: messageWait)])
        #expect(replaced.program.notes.first == "cancelled")
    }

    @Test func pasteArrivesWhole() {
        let run = HeadlessTerminal.run(CounterProgram(), script: [.paste("long text\nwith lines")])
        #expect(run.program.pasted == ["long text\nwith lines"])
    }

    @Test func onlyChangedCellsAreSent() {
        let run = HeadlessTerminal.run(CounterProgram(), script: [.type("a")])
        #expect(run.terminal.frameCount >= 2)
        #expect(run.terminal.lastChangedCells == 0, "redrawing the same state sends nothing")
        let terminal = HeadlessTerminal(size: Size(width: 60, height: 16), script: [.type("a")])
        let runner = ProgramRunner(program: CounterProgram(), terminal: terminal)
        _ = runner.run()
        #expect(terminal.lastChangedCells == 1, "only the digit of the key count changed")
    }

    @Test func stylesAreFittedToTheTerminalsColours() {
        struct Red: Program {
            mutating func update(_ event: Event<Never>) -> [Command<Never>] { [] }
            func render(into frame: inout ScreenBuffer) {
                frame.write("x", at: Point(x: 0, y: 0), style: Style(foreground: .rgb(255, 0, 0), attributes: .bold))
            }
        }
        #expect(HeadlessTerminal.run(Red(), colorDepth: .ansi8, script: []).terminal.screen[x: 0, y: 0].style == Style(foreground: .indexed(1), attributes: .bold))
        #expect(HeadlessTerminal.run(Red(), colorDepth: .monochrome, script: []).terminal.screen[x: 0, y: 0].style == Style(attributes: .bold))
    }

    @Test func notATerminalMessagePointsToHeadlessCommands() throws {
        #expect(InteractiveTerminal.problem(stdinIsTerminal: true, stdoutIsTerminal: true) == nil)
        let message = try #require(InteractiveTerminal.problem(stdinIsTerminal: false, stdoutIsTerminal: true))
        #expect(message.contains("standard input is not a terminal"))
        for command in ["validate", "preview", "submit"] { #expect(message.contains(command)) }
        #expect(InteractiveTerminal.problem(stdinIsTerminal: true, stdoutIsTerminal: false)?.contains("standard output") == true)
    }
}
