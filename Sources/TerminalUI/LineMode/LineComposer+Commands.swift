import ComposerKit
import Foundation
import PassCore

/// What each command word does.
extension LineComposer {
    mutating func perform(_ command: LineCommand) async {
        switch command {
        case .help:
            output.line("Command words, at any prompt:")
            for (word, does) in LineCommand.words { output.line(word + ": " + does + ".") }
            output.line("To type one of these words as a value, start the line with a backslash.")
        case .list:
            sayList()
        case .problems:
            sayProblems()
        case .fix:
            guard !state.findings.isEmpty else {
                output.line("No problems.")
                return
            }
            described = nil
            apply(.focusNextProblem)
            // The field's description says the problem.
            apply(.dismissNotice)
        case .edit(let n):
            edit(n)
        case .item(let n):
            let outline = state.outline
            guard outline.indices.contains(n - 1) else {
                output.line("There is no item \(n); list shows the items.")
                return
            }
            apply(.select(outline[n - 1].ref))
        case .add:
            await addCredential()
        case .addEntry(let n):
            guard let list = row(n).flatMap(listOf) else {
                output.line("Field \(n) is not in a list; list shows the fields.")
                return
            }
            apply(.addListElement(list))
        case .remove(let n):
            remove(n)
        case .delete:
            guard case .item = state.selection else {
                output.line(state.document.kind == .batch ? "The holder is part of every batch; it cannot be deleted."
                            : "The \(state.document.kind.noun) is the whole document; there is nothing to delete.")
                return
            }
            apply(.deleteItem(state.selection))
        case .back:
            if state.focusedRow == nil { apply(.focus(.row(numberedRows.last?.id ?? RowID(.field, .root)))) } else {
                apply(.moveFocus(-1))
            }
        case .clear:
            guard let row = state.focusedRow else {
                output.line("No field is being asked; type a field's number first.")
                return
            }
            guard let actions = FieldPrompt(row: row, number: 0, value: "").clearing else {
                output.line("\(row.label) cannot be emptied.")
                return
            }
            for action in actions { apply(action) }
            sayFindings(at: row.path)
        case .undo:
            apply(.undo)
        case .redo:
            apply(.redo)
        case .preview:
            output.line("The JSON as it will be sent, \(ByteCount.text(state.body.count)):")
            let text = TextSanitizer.printable(bytes: state.body)
            output.write(text.hasSuffix("\n") ? text : text + "\n")
            output.line("End of the JSON.")
        case .save(let file):
            await save(to: file)
        case .endpoint:
            await chooseEndpoint()
        case .submit:
            await submit()
        case .done:
            if state.focusedRow != nil {
                apply(.focus(.outline))
                sayEndOfForm()
            } else {
                _ = finish(endOfInput: false)
            }
        case .quit:
            _ = finish(endOfInput: false)
        }
    }

    mutating func edit(_ n: Int) {
        guard let row = row(n) else {
            output.line("There is no field \(n) here; list shows the fields.")
            return
        }
        described = nil
        apply(.focus(.row(row.id)))
    }

    func row(_ n: Int) -> FormRow? {
        numberedRows.indices.contains(n - 1) ? numberedRows[n - 1] : nil
    }

    /// The list a row adds to: its own, or the one its entry or record belongs to.
    func listOf(_ row: FormRow) -> JSONPath? {
        switch row.control {
        case .add(let list, _), .listEntry(let list, _), .record(let list, _): return list
        default: return entry(containing: row).map(\.list)
        }
    }

    /// The list entry or record a row belongs to.
    func entry(containing row: FormRow) -> (list: JSONPath, index: Int)? {
        if case .listEntry(let list, let index) = row.control { return (list, index) }
        if case .record(let list, let index) = row.control { return (list, index) }
        let rows = numberedRows
        guard let at = rows.firstIndex(where: { $0.id == row.id }) else { return nil }
        for candidate in rows[..<at].reversed() {
            switch candidate.control {
            case .record(let list, let index), .listEntry(let list, let index):
                if row.path.hasPrefix(list.appending(index)) { return (list, index) }
            default:
                continue
            }
        }
        return nil
    }

    mutating func remove(_ n: Int) {
        guard let row = row(n) else {
            output.line("There is no field \(n) here; list shows the fields.")
            return
        }
        if case .unknownKey = row.control {
            apply(.removeMember(row.path))
            output.line("Removed \(row.label).")
            return
        }
        guard let (list, index) = entry(containing: row) else {
            output.line("Field \(n), \(row.label), is not an entry of a list; only list entries and records are removed.")
            return
        }
        apply(.removeListElement(list, index))
        output.line("Removed entry \(index + 1) of \(list.lastKey ?? "the list").")
    }

    mutating func addCredential() async {
        guard state.document.kind == .batch else {
            let adds = numberedRows.filter { if case .add = $0.control { true } else { false } }
            output.line("A \(state.document.kind.noun) holds one credential; add works in a batch.")
            if !adds.isEmpty {
                output.line("Lists here: " + adds.compactMap { row in number(of: row).map { "field \($0) \(row.label)" } }
                    .joined(separator: ", ") + "; type add and the field's number.")
            }
            return
        }
        let sections = BatchSection.allCases.filter { $0 != .digitalIdentity }
        switch await choose("Add which credential?", sections.map(\.title)) {
        case .chosen(let i): apply(.addItem(sections[i]))
        case .cancelled: output.line("Nothing added.")
        case .endOfInput: _ = finish(endOfInput: true)
        }
    }

    mutating func save(to file: String?) async {
        var path = file ?? state.document.filePath
        if path == nil {
            output.prompt("File to save to, ending in .json:")
            guard let line = await nextLine() else {
                _ = finish(endOfInput: true)
                return
            }
            path = line.trimmingCharacters(in: .whitespaces)
        }
        guard let path, !path.isEmpty else {
            output.line("Not saved.")
            return
        }
        apply(.write(.save, path: path))
    }

    mutating func chooseEndpoint() async {
        guard let choices = environment.services?.endpoints(), !choices.isEmpty else {
            output.line("This composer has no endpoint to send to.")
            return
        }
        output.line("Requests go to \(endpoint?.label ?? "nowhere yet").")
        switch await choose("Where should requests go?", choices.map(\.label)) {
        case .chosen(let i):
            let choice = choices[i]
            if choice.isProduction,
                await !confirm("Requests to \(choice.baseURL) reach real holders.", "Type yes to use it:") {
                if outcome == nil { output.line("Kept \(endpoint?.label ?? "the current one").") }
                return
            }
            endpoint = choice
            output.line("Requests now go to \(choice.label).")
        case .cancelled:
            output.line("Kept \(endpoint?.label ?? "the current one").")
        case .endOfInput:
            _ = finish(endOfInput: true)
        }
    }

    /// Asks for a yes; anything else, or the end of input (which ends the line mode), is no.
    mutating func confirm(_ warning: String, _ prompt: String) async -> Bool {
        output.line(warning)
        output.prompt(prompt)
        guard let line = await nextLine() else {
            _ = finish(endOfInput: true)
            return false
        }
        return line.trimmingCharacters(in: .whitespaces).lowercased() == "yes"
    }
}
