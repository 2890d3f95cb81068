import ComposerKit
import Foundation
import PassCore
import TestSupport
import Testing
@testable import TerminalUI

/// Random keys on random documents: after every key the row shown focused is the row the next
/// typed letter changes, or the screen says why no field takes it; the document stays JSON
/// that reads back as the same kind of request.
struct FocusPropertyTests {
    static let keys: [Key] = [
        .char("q"), .char("7"), .char(" "), .tab, .backTab, .f(4), Key(.function(4), .shift), .enter, .escape,
        .up, .down, .left, .right, .f(7), .f(8), .f(9), .ctrl("z"), .ctrl("y"), .backspace,
    ]

    static let rounds = ProcessInfo.processInfo.environment["SEEKPASS_SLOW_TESTS"] == "1" ? 2_000 : 120

    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test func afterEveryKeyTheFocusedRowIsWhereTheNextLetterGoes() throws {
        let documents = FocusDocuments.all.map(\.1) + PayloadKind.allCases.map { Templates.newDocument($0, ids: .sequential()) }
        var random = Generator(state: UInt64.random(in: 1...UInt64.max))
        let seed = random.state
        for round in 0..<Self.rounds {
            var program = composer(document: documents[random.next(documents.count)])
            _ = program.update(.resize(Size(width: 100, height: 30)))
            var pressed: [Key] = []
            for _ in 0..<40 {
                let key = Self.keys[random.next(Self.keys.count)]
                pressed.append(key)
                program.press(key)
                // Menus and questions take the keys while open; close them as a person would.
                if program.state.question != nil || program.overlay != nil || program.compose.overlay != nil {
                    program.press(.escape)
                    if program.state.question != nil { program.press(.escape) }
                    continue
                }
                let context = "seed \(seed), round \(round), keys \(pressed.map(\.description))"
                try check(program, context)
            }
        }
    }

    func check(_ program: ComposerProgram, _ context: String) throws {
        let state = program.state
        // The document is JSON that reads back as the same kind of request.
        let bytes = JSONWriter.bytes(state.document.value)
        let reread = try PayloadFile.parse(bytes, name: "doc.json", kind: state.document.kind)
        #expect(reread.kind == state.document.kind, "\(context)")
        guard let row = state.focusedRow else { return }
        // The screen shows this row focused.
        let screen = program.screen()
        if let line = screen.focusedFormLine {
            #expect(line.contains(String(row.label.prefix(20))), "\(context): shown \(line), focused \(row.label)")
        } else {
            Issue.record("\(context): no pointer on screen for \(row.label)\n\(screen.text)")
        }
        // The next letter changes this row's field, or the message line says why not.
        var next = program
        next.press(.char("q"))
        if next.state.question != nil || next.overlay != nil || next.compose.overlay != nil { return }
        let changed = changedLeaves(state.document.value, next.state.document.value)
        let filesChanged = next.state.document.assetFiles != state.document.assetFiles
        let landed = next.state.focusedRow
        if changed.isEmpty && !filesChanged && next.state.openCertPath == state.openCertPath {
            let said = next.screen().messageLine.trimmingCharacters(in: .whitespaces)
            #expect(next.state.notice != nil && !said.isEmpty, "\(context): q on \(row.label) did nothing and said nothing")
        } else if let landed, !filesChanged, landed.textKind != .filePath {
            let holder = landed.path == Templates.holderNamePath
            #expect(changed.contains(landed.path), "\(context): q changed \(changed), focus shows \(landed.path)")
            if !holder { #expect(changed.allSatisfy { $0 == landed.path }, "\(context): q changed \(changed)") }
            // It landed in the focused row, or in the first field of the record the focus was on.
            if landed.id != row.id {
                guard case .record(let list, let index) = row.control else {
                    Issue.record("\(context): q on \(row.label) went to \(landed.label)")
                    return
                }
                #expect(landed.path.hasPrefix(list.appending(index)), "\(context)")
            }
        }
    }
}
