import ComposerKit
import Foundation
import PassCore
import TestSupport
import Testing
@testable import TerminalUI

/// What the line mode prints, kept for the test to read.
final class CapturedLines: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""

    var output: LineOutput {
        LineOutput { [self] written in lock.withLock { text += written } }
    }

    var all: String { lock.withLock { text } }

    /// Everything printed since the last call.
    func take() -> String {
        lock.withLock {
            defer { text = "" }
            return text
        }
    }
}

/// The line mode driven by scripted lines: no terminal, no disk, no network.
@Suite struct LineComposerTests {
    let files = MemoryFileSystem(folders: ["/work"])
    let printed = CapturedLines()

    func composer(_ kind: PayloadKind = .batch) -> LineComposer {
        let environment = ComposerEnvironment(now: { 0 }, files: files, drafts: DraftStore.inMemory(files),
                                              homeDirectory: "/home", currentDirectory: "/work")
        return LineComposer(document: Templates.newDocument(kind, ids: .sequential()), environment: environment,
                            output: printed.output, ids: .sequential())
    }

    /// The number `list` and `edit N` give the first row that `matches`.
    func number(in composer: LineComposer, _ matches: (FormRow) -> Bool) -> Int? {
        composer.state.rows.filter(\.isFocusable).firstIndex(where: matches).map { $0 + 1 }
    }

    func field(_ composer: LineComposer, _ ref: ItemRef, _ key: String) -> JSONValue? {
        composer.state.document.value[path: ref.path.appending("fields").appending(key)]
    }

    @Test func eachPromptSaysTheLabelWhetherRequiredItsHelpAndValue() async {
        var line = composer()
        _ = await line.run(.scripted([]))
        let text = printed.all
        #expect(text.contains("Field 2: Full name, required. Now empty."), "\(text)")
        #expect(text.contains("Help: The holder's name"), "\(text)")
        #expect(text.contains("Full name: "), "\(text)")
    }

    @Test func aChoiceIsANumberedListAndANumberChoosesIt() async throws {
        var line = composer()
        let choiceRow = try #require(line.state.rows.first { if case .choice = $0.control { true } else { false } })
        guard case .choice(let options) = choiceRow.control else { return }
        let n = try #require(number(in: line, { $0.id == choiceRow.id }))
        _ = await line.run(.scripted(["edit \(n)", "2"]))
        let text = printed.all
        #expect(text.contains("1 \(options[0]), 2 \(options[1])"), "\(text)")
        #expect(text.contains("type a number"), "\(text)")
        #expect(line.state.document.value[path: choiceRow.path]?.stringValue == options[1])

        _ = printed.take()
        _ = await line.run(.scripted(["edit \(n)", "\(options.count + 1)"]))
        #expect(printed.all.contains("Type a number from 1 to \(options.count)."), "\(printed.all)")
        #expect(line.state.document.value[path: choiceRow.path]?.stringValue == options[1])
    }

    @Test func aFieldIsEditedByItsNumber() async throws {
        var line = composer()
        let n = try #require(number(in: line) { $0.path.lastKey == "date_of_birth" })
        _ = await line.run(.scripted(["list", "edit \(n)", "1990-05-01"]))
        #expect(printed.all.contains("\(n) Date of birth. Now empty."), "\(printed.all)")
        #expect(field(line, .holder, "date_of_birth") == "1990-05-01")
        // A number alone at the command prompt goes to the field too.
        _ = await line.run(.scripted(["done", "\(n)", "1990-05-02"]))
        #expect(field(line, .holder, "date_of_birth") == "1990-05-02")
    }

    @Test func theValidationMessagesOfTheFieldFollowEachAnswer() async {
        var line = composer()
        _ = await line.run(.scripted(["Ada Lovelace", "1990-13-01"]))
        let text = printed.all
        let answered = try? #require(text.range(of: "Full name: Ada Lovelace\nOK.\n"))
        #expect(answered != nil, "\(text)")
        let bad = text.range(of: "Date of birth: 1990-13-01\nError: ")
        #expect(bad != nil, "\(text)")
        #expect(text.contains("13 is not a month"), "\(text)")
    }

    @Test func listEntriesAreAddedAndRemoved() async throws {
        var line = composer()
        // A microcredential's partner chain: add a name through its "Add" row, then remove it.
        _ = await line.run(.scripted(["Ada Lovelace", "add", "2", "done"]))
        let ref = ItemRef.item(.microcredential, 0)
        #expect(line.state.selection == ref)
        let add = try #require(number(in: line) { if case .add(let list, _) = $0.control { list.lastKey == "partner_chain" } else { false } })
        _ = await line.run(.scripted(["edit \(add)", "yes", "Network A"]))
        let chain = line.state.document.value[path: ref.path.appending("fields").appending("partner_chain")]
        #expect(chain?.arrayValue?.count == 1)
        #expect(chain?.arrayValue?.first?["name"] == "Network A", "\(printed.all)")
        let entry = try #require(number(in: line) { $0.path.description.contains("partner_chain[0]") && $0.isFocusable })
        _ = await line.run(.scripted(["remove \(entry)"]))
        #expect(printed.all.contains("Removed entry 1 of partner_chain."), "\(printed.all)")
        #expect(line.state.document.value[path: ref.path.appending("fields").appending("partner_chain")]?.arrayValue?.isEmpty ?? true)
    }

    @Test func majorsAndEmploymentRecordsAreAddedByTheNumberOfTheirList() async throws {
        var line = composer()
        _ = await line.run(.scripted(["add", "1", "done"]))
        let hasMajors = try #require(number(in: line) { $0.path.lastKey == "has_majors" })
        _ = await line.run(.scripted(["edit \(hasMajors)", "yes"]))
        let majors = try #require(number(in: line) { if case .add(let list, _) = $0.control { list.lastKey == "majors" } else { false } })
        _ = await line.run(.scripted(["add \(majors)", "Computer Science"]))
        let path = ItemRef.item(.education, 0).path.appending("fields").appending("majors")
        #expect(line.state.document.value[path: path] == ["Computer Science"], "\(printed.all)")

        var career = composer(.careerHistory)
        let records = career.state.document.value[path: JSONPath.root.appending("fields").appending("employment")]?.arrayValue?.count
        let addRecord = try #require(number(in: career) { if case .add(let list, _) = $0.control { list.lastKey == "employment" } else { false } })
        _ = await career.run(.scripted(["add \(addRecord)"]))
        let after = career.state.document.value[path: JSONPath.root.appending("fields").appending("employment")]?.arrayValue?.count
        #expect(after == (records ?? 0) + 1)
        let record = try #require(number(in: career) { if case .record(_, let index) = $0.control { index == 1 } else { false } })
        _ = await career.run(.scripted(["remove \(record)"]))
        let final = career.state.document.value[path: JSONPath.root.appending("fields").appending("employment")]?.arrayValue?.count
        #expect(final == records)
    }

    @Test func anAnswerOnARecordStartsItsFirstField() async {
        var career = composer(.careerHistory)
        _ = await career.run(.scripted(["Ada Lovelace", "Company A"]))
        let record = JSONPath.root.appending("fields").appending("employment").appending(0)
        #expect(career.state.document.value[path: record.appending("organisation")] == "Company A", "\(printed.all)")
        #expect(printed.all.contains("Field 5: Classification, or the next field."), "\(printed.all)")
    }

    @Test func previewPrintsExactlyTheBodyThatIsSent() async {
        var line = composer()
        _ = await line.run(.scripted(["Ada Lovelace", "preview"]))
        let text = printed.all
        let body = String(decoding: line.state.body, as: UTF8.self)
        #expect(text.contains("bytes:\n" + body + (body.hasSuffix("\n") ? "" : "\n") + "End of the JSON.")
                || text.contains(":\n" + body + (body.hasSuffix("\n") ? "" : "\n") + "End of the JSON."), "\(text)")
        #expect(body.contains("\"full_name\": \"Ada Lovelace\""))
    }

    @Test func theCommandWordsDoWhatTheKeysDo() async {
        var line = composer()
        _ = await line.run(.scripted(["help"]))
        for word in ["help", "list", "preview", "save", "submit", "done"] {
            #expect(printed.all.contains("\n\(word)"), "help names \(word)")
        }
        // save FILE writes the body there; the document then belongs to it.
        _ = await line.run(.scripted(["Ada Lovelace", "save batch.json"]))
        #expect(files.exists("/work/batch.json"), "\(printed.all)")
        #expect((try? files.read("/work/batch.json")) == line.state.body)
        #expect(line.state.isSavedToFile == true)
        // submit with errors says why nothing is sent.
        _ = printed.take()
        _ = await line.run(.scripted(["submit"]))
        #expect(printed.all.contains("Not sent:"), "\(printed.all)")
        // A backslash makes a command word a value.
        _ = await line.run(.scripted(["edit 2", "\\list"]))
        #expect(field(line, .holder, "full_name") == "list")
        // done at a field goes to the command prompt; done there ends.
        _ = printed.take()
        let outcome = await line.run(.scripted(["done", "done", "list"]))
        #expect(!outcome.endOfInput)
        #expect(printed.all.contains("End of the fields of the holder"), "\(printed.all)")
        #expect(!printed.all.contains("Items of the batch"), "nothing is read after done")
    }

    @Test func theEndOfInputSavesADraftAndSaysWhere() async {
        var line = composer()
        let outcome = await line.run(.scripted(["Ada Lovelace"]))
        #expect(outcome.endOfInput)
        let path = try? #require(outcome.draft)
        #expect(path?.hasPrefix("/state/drafts/") == true)
        #expect(files.exists(path ?? "/missing"))
        #expect(printed.all.contains("End of input. The draft is saved in \(path ?? "?")."), "\(printed.all)")
    }

    @Test func nothingATerminalActsOnIsPrinted() async {
        var line = composer()
        _ = await line.run(.scripted(["Ada \u{1B}[31mLovelace\u{07}", "list", "preview", "add", "3", "list", "help"]))
        let text = printed.all
        #expect(!text.contains("\u{1B}"))
        #expect(!text.unicodeScalars.contains { (0x2500...0x257F).contains($0.value) })
    }
}
