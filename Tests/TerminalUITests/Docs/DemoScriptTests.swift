import Foundation
import Testing
@testable import TerminalUI

/// docs/demo-script.md points at captured screens; they must exist, and the keys it
/// teaches must be the submit screen's.
struct DemoScriptTests {
    static let docs = DocsTests.root.appendingPathComponent("docs")

    @Test func everyScreenTheScriptShowsWasCaptured() throws {
        let script = try String(contentsOf: Self.docs.appendingPathComponent("demo-script.md"), encoding: .utf8)
        let names = script.matches(of: /\(screens\/([a-z0-9-]+\.txt)\)/).map { String($0.1) }
        #expect(names.count >= 10)
        for name in Set(names) {
            let text = try String(contentsOf: Self.docs.appendingPathComponent("screens/" + name), encoding: .utf8)
            #expect(!text.isEmpty, "\(name)")
            #expect(!text.contains("X-Amz"), "\(name) shows an upload link")
        }
    }

    @Test func theKeysTheScriptTeachesAreTheSubmitScreensKeys() throws {
        let script = try String(contentsOf: Self.docs.appendingPathComponent("demo-script.md"), encoding: .utf8)
        let bound = Set(ComposerProgram.submitKeys.bindings.flatMap(\.keys))
        for (letter, key) in [("C", Key.char("c")), ("O", .char("o")), ("R", .char("r")), ("F", .char("f")), ("S", .char("s"))] {
            #expect(script.contains("**\(letter)**"), "\(letter) is taught")
            #expect(bound.contains(key), "\(letter) is bound")
        }
        #expect(ComposerProgram.keys.action(for: .f(10)) == .submit && script.contains("F10"))
        #expect(ComposerProgram.keys.action(for: .f(12)) == .demoFaults && script.contains("**F12**"))
    }
}
