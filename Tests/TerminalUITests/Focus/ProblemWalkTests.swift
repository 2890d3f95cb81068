import ComposerKit
import Foundation
import PassCore
import TestSupport
import Testing
@testable import TerminalUI

/// F4 through the real key path on every example and seed, and on seeds with a problem in every
/// credential type: after each F4 the focus is on the problem's own field (or the field that
/// brings it up, or the credential or batch it is about), never on a generated id for something
/// else, the screen shows that focus, and a typed character changes exactly that field.
struct ProblemWalkTests {
    static let documents = FocusDocuments.all.map(\.0)

    @Test(arguments: documents)
    func f4GoesToEachProblemAndWhatIsTypedLandsThere(_ name: String) throws {
        let document = try #require(FocusDocuments.all.first { $0.0 == name }?.1)
        var program = composer(document: document)
        _ = program.update(.resize(Size(width: 100, height: 30)))
        let total = program.state.findings.count
        var visited = Set<Finding>()
        for step in 0..<(total + 2) {
            program.press(.f(4))
            let state = program.state
            guard let finding = state.problemCursor else {
                #expect(total == 0, "\(name): F4 \(step) found no problem among \(total)")
                return
            }
            visited.insert(finding)
            let context = "\(name), F4 \(step + 1): \(finding.path) (\(finding.rule))"
            switch state.focus {
            case .row:
                let row = try #require(state.focusedRow, "\(context): a focused row")
                let about = row.path == finding.path || FormBuilder.revealer(of: finding.path) == row.path
                    || (row.path.hasPrefix(finding.path) && row.path != finding.path)
                #expect(about, "\(context): focused \(row.path)")
                #expect(!row.isGeneratedID || row.path == finding.path, "\(context): a generated id for another problem")
                let screen = program.screen()
                let line = try #require(screen.focusedFormLine, "\(context): the pointer is on screen\n\(screen.text)")
                #expect(line.contains(String(row.label.prefix(20))), "\(context): the screen shows \(row.label) focused: \(line)")
                if state.focusTakesText { try expectTypingLandsIn(row, program, context) }
            case .addCredential:
                #expect(finding.path.components.count <= 1, "\(context): only a batch-level problem goes to the add line")
                #expect(program.screen().messageLine.contains("F7"), "\(context): and says F7")
            case .outline:
                let ref = try #require(ItemRef.containing(finding.path, kind: state.document.kind), "\(context)")
                #expect(state.selection == ref, "\(context): the credential it is about is selected")
            }
        }
        #expect(visited.count == total, "\(name): every problem is visited (\(visited.count) of \(total))")
    }

    /// Types "7" on `row`: exactly its field changes (the holder's name also renames the items
    /// that carried it); Ctrl-Z brings the document back.
    func expectTypingLandsIn(_ row: FormRow, _ program: ComposerProgram, _ context: String) throws {
        var typed = program
        let before = typed.state.document
        typed.press(.char("7"))
        let after = typed.state.document
        if row.textKind == .filePath {
            #expect(after.value == before.value, "\(context): a file path is not in the payload")
            #expect(after.assetFiles != before.assetFiles || after == before, "\(context)")
        } else {
            let changed = changedLeaves(before.value, after.value)
            let holder = row.path == Templates.holderNamePath
            #expect(changed.contains(row.path) || (changed.isEmpty && row.textKind != .plain),
                    "\(context): typing changed \(changed), not \(row.path)")
            if !holder {
                #expect(changed.allSatisfy { $0 == row.path }, "\(context): typing changed \(changed) besides \(row.path)")
            }
        }
        typed.press(.ctrl("z"))
        #expect(typed.state.document.value == before.value, "\(context): Ctrl-Z undoes it")
    }
}
