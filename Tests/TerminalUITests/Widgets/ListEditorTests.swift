import Testing
@testable import TerminalUI

/// A row that cannot be edited on one line, like a partner_chain entry with several fields.
struct Partner: ListRow {
    var name: String
    var role: String
    static func blank() -> Partner { Partner(name: "", role: "") }
    var summary: String { name.isEmpty ? "(new partner)" : "\(name) — \(role)" }
    var inlineText: String? { nil }
    func withInlineText(_ text: String) -> Partner? { nil }
}

/// A row that accepts only digits.
struct Digits: ListRow {
    var value: String
    static func blank() -> Digits { Digits(value: "") }
    var summary: String { value }
    var inlineText: String? { value }
    func withInlineText(_ text: String) -> Digits? { text.allSatisfy(\.isNumber) ? Digits(value: text) : nil }
}

@Suite struct ListEditorTests {
    @Test func addEditsTheNewRowInPlace() {
        var list = ListEditor<String>()
        #expect(draw(list, width: 40, height: 3, focused: false).line(0) == "empty — Insert adds a row")
        list.press(.insert)
        #expect(list.acceptsText)
        list.type("first")
        let outcome29 = list.press(.enter)
        #expect(outcome29 == .changed)
        #expect(list.rows == ["first"])
        #expect(!list.acceptsText)
        list.press(.char("a"))
        list.type("second")
        list.press(.enter)
        #expect(list.rows == ["first", "second"])
        #expect(draw(list, width: 20, height: 3).lines == ["1. first", "2. second", ""])
    }

    @Test func escapeAbandonsANewRow() {
        var list = ListEditor(rows: ["a"])
        list.press(.insert)
        list.type("zzz")
        list.press(.escape)
        #expect(list.rows == ["a"])
        #expect(list.editing == nil)
    }

    @Test func editInPlaceKeepsPositionAndEscKeepsOldValue() {
        var list = ListEditor(rows: ["a", "b", "c"])
        list.press(.down, .enter, .ctrl("u"))
        list.type("B")
        list.press(.enter)
        #expect(list.rows == ["a", "B", "c"])
        list.press(.char("e"))
        list.type("ignored")
        list.press(.escape)
        #expect(list.rows == ["a", "B", "c"])
    }

    @Test func removeDuplicateReorderAndUndo() {
        var list = ListEditor(rows: ["a", "b", "c"])
        list.press(.down)
        list.press(.char("d"))
        #expect(list.rows == ["a", "b", "b", "c"])
        #expect(list.selected == 2)
        list.press(Key.up.with(.alt), Key.up.with(.alt))
        #expect(list.rows == ["b", "a", "b", "c"])
        list.press(Key.down.with(.shift))
        #expect(list.rows == ["a", "b", "b", "c"])
        list.press(.delete)
        #expect(list.rows == ["a", "b", "c"])
        list.press(.ctrl("z"), .ctrl("z"))
        #expect(list.rows == ["b", "a", "b", "c"])
        list.press(.char("u"), .char("u"), .char("u"))
        #expect(list.rows == ["a", "b", "c"])
    }

    @Test func rowsWithoutInlineTextAskTheScreenToEdit() {
        var list = ListEditor(rows: [Partner(name: "SEEK", role: "issuer")])
        let outcome81 = list.press(.enter)
        #expect(outcome81 == .submitted)
        #expect(list.editing == nil)
        list.replace(at: 0, with: Partner(name: "SEEK", role: "verifier"))
        #expect(draw(list, width: 30, height: 1).line(0) == "1. SEEK — verifier")
        list.press(.ctrl("z"))
        #expect(list.rows[0].role == "issuer")
    }

    @Test func rejectedTextStaysInTheEditor() {
        var list = ListEditor(rows: [Digits(value: "12")])
        list.press(.enter)
        list.type("x")
        list.press(.enter)
        #expect(list.editError)
        #expect(list.editing?.text == "12x")
        #expect(list.rows[0].value == "12")
        list.press(.backspace, .enter)
        #expect(list.rows[0].value == "12")
        #expect(!list.editError)
    }

    @Test func upDownAtEdgesAreLeftForFocus() {
        var list = ListEditor(rows: ["a", "b"])
        let outcome105 = list.press(.up)
        #expect(outcome105 == .ignored)
        list.press(.down)
        let outcome108 = list.press(.down)
        #expect(outcome108 == .ignored)
        var empty = ListEditor<String>()
        let emptyOutcome = empty.press(.down)
        #expect(emptyOutcome == .ignored)
    }

    @Test func lettersAreTextWhileEditing() {
        var list = ListEditor(rows: ["a"])
        list.press(.enter)
        list.type("dxu")
        #expect(list.editing?.text == "adxu")
        #expect(list.rows == ["a"])
    }
}
