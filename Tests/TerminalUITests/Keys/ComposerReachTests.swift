import ComposerKit
import PassCore
import Testing
@testable import TerminalUI

/// Every composer command without a function key: its chord does on screen what its
/// function key (or the command itself) does, and the composer acts on it. The loops run on
/// threads of their own, one at a time, so that they never hold the cooperative pool that
/// other suites' tasks need.
@Suite(.serialized) struct ComposerReachTests {
    /// Where a command shows its effect: the world it starts in and the steps before its key.
    struct Plan {
        var world: @Sendable () throws -> ComposerProgram
        var size: Size
        var setup: [HeadlessTerminal.Step] = []
    }

    /// A new batch with two errors, the focus in the holder's name (a text field).
    static let newBatch = Plan(world: { composer() }, size: small)
    /// A valid batch of three credentials with a sandbox endpoint, the outline on the first of two microcredentials.
    static let outline = Plan(world: { try SubmitFixture.composer() }, size: Size(width: 120, height: 40),
                              setup: [.key(.escape), .key(.down), .key(.down)])

    static func plan(_ command: ComposerCommand) -> Plan {
        var plan = newBatch
        switch command {
        case .endpoints: plan = Plan(world: { try SubmitFixture.composer() }, size: Size(width: 120, height: 40))
        case .delete, .duplicate, .moveDown: plan = outline
        case .moveUp: plan = outline
            plan.setup.append(.key(.down))
        case .previousField, .previousPane: plan.setup = [.key(.tab)]
        case .previousProblem: plan.setup = [.key(.f(4)), .key(.f(4))]
        case .undo: plan.setup = [.paste("Jane")]
        case .redo: plan.setup = [.paste("Jane"), .key(.ctrl("z"))]
        default: break
        }
        return plan
    }

    func screen(_ plan: Plan, _ steps: [HeadlessTerminal.Step]) async throws -> String {
        await HeadlessTerminal.runOnOwnThread(try plan.world(), size: plan.size, script: plan.setup + steps).terminal.screen.text
    }

    /// The screen after the setup and `command` performed directly, not through a key.
    func performed(_ plan: Plan, _ command: ComposerCommand) async throws -> String {
        var program = await HeadlessTerminal.runOnOwnThread(try plan.world(), size: plan.size, script: plan.setup).program
        _ = program.perform(command)
        return await HeadlessTerminal.runOnOwnThread(program, size: plan.size, script: []).terminal.screen.text
    }

    @Test(arguments: ComposerCommand.allCases.filter { $0 != .quit })
    func theChordDoesWhatTheCommandDoes(_ command: ComposerCommand) async throws {
        let plan = Self.plan(command)
        let before = try await screen(plan, [])
        let reached: String
        let reference: String
        if let binding = ComposerProgram.keys.bindings.first(where: { $0.action == command }) {
            let chord = try #require(binding.keys.first { key in
                if case .function = key.code { return false }
                return key.text == nil
            }, "\(command) has a key that is not a function key")
            reached = try await screen(plan, [.key(chord)])
            if let function = binding.keys.first(where: { if case .function = $0.code { true } else { false } }) {
                reference = try await screen(plan, [.key(function)])
            } else {
                reference = try await performed(plan, command)
            }
        } else {
            // Palette-only commands: Ctrl-P, the command's words, Enter.
            #expect(ComposerProgram.paletteOnly.contains(command))
            reached = try await screen(plan, [.key(.ctrl("p")), .paste(command.title), .key(.enter)])
            reference = try await performed(plan, command)
        }
        #expect(reached == reference, "\(command): the chord's screen\n\(reached)\nthe command's\n\(reference)")
        #expect(reached != before, "\(command) changed nothing on screen:\n\(before)")
    }

    @Test func theQuitChordQuits() async {
        let result = await HeadlessTerminal.runOnOwnThread(composer(), size: small, script: [.key(.ctrl("q")), .paste("never typed")])
        #expect(result.outcome == .quit(exitCode: 0))
    }

    @Test func lettersInATextFieldStayText() async {
        // `?` and a letter remapped to a command type into the holder's name; outside text fields they act.
        let environment = memoryEnvironment(FileStore([:]))
        let keys = ComposerKeyMap.load(ConfigFile.parse("[keys]\nsave = \"w\"\n", path: "config.toml")).table
        let program = ComposerProgram(document: Templates.newDocument(.batch, ids: .sequential()), environment: environment,
                                      theme: .fallback, keys: keys, ids: .sequential())
        let typed = await HeadlessTerminal.runOnOwnThread(program, size: small, script: [.type("w?w")])
        #expect(typed.program.overlay == nil)
        #expect(typed.program.state.document.holderName == "w?w")
        let outside = await HeadlessTerminal.runOnOwnThread(program, size: small, script: [.key(.escape), .type("w")])
        guard case .path(let prompt)? = outside.program.compose.overlay else {
            Issue.record("w outside a text field saves (asks where)")
            return
        }
        #expect(prompt.purpose == .saveAs)
    }
}
