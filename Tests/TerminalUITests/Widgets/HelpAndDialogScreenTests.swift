import ComposerKit
import PassCore
import Testing
@testable import TerminalUI

/// F1 help and dialogs on whole screens: nothing is cut without a way to read it, and
/// the screen's message and key lines stay visible.
@Suite struct HelpAndDialogScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 160, height: 48)]

    /// The help box: its top and bottom rows and its left and right columns.
    func helpBox(_ screen: ScreenBuffer) -> (top: Int, bottom: Int, left: Int, right: Int)? {
        guard let top = screen.lines.firstIndex(where: { $0.contains("┌─ Keys — composer") }),
            let title = screen.lines[top].range(of: "┌─ Keys — composer") else { return nil }
        let cells = Array(screen.lines[top])
        let left = screen.lines[top].distance(from: screen.lines[top].startIndex, to: title.lowerBound)
        guard let right = cells[left...].firstIndex(of: "┐") else { return nil }
        for bottom in (top + 1)..<screen.size.height {
            let line = Array(screen.lines[bottom])
            if left < line.count, line[left] == "└" { return (top, bottom, left, right) }
        }
        return nil
    }

    /// The text inside the box on row `y`.
    func inside(_ screen: ScreenBuffer, _ box: (top: Int, bottom: Int, left: Int, right: Int), _ y: Int) -> String {
        String(Array(screen.lines[y])[(box.left + 1)..<box.right])
    }

    /// Every page of the composer's help, from the first: the screens, paging down until the end.
    func pages(at size: Size) -> [ScreenBuffer] {
        var (screen, program) = run(composer(), size: size, [.key(.f(1))])
        var pages = [screen]
        for _ in 0..<20 where screen.text.contains("more (PgDn)") {
            (screen, program) = run(program, size: size, [.key(.pageDown)])
            pages.append(screen)
        }
        return pages
    }

    @Test(arguments: sizes)
    func helpWrapsEveryDescriptionAndLeavesTheBottomLinesAlone(_ size: Size) throws {
        let pages = pages(at: size)
        var text = ""
        for screen in pages {
            let box = try #require(helpBox(screen), "\(screen.text)")
            #expect(box.bottom <= size.height - 3, "the box ends above the message line\n\(screen.text)")
            for y in box.top...box.bottom {
                #expect(!inside(screen, box, y).trimmingTrailingSpaces.hasSuffix("…"), "nothing is cut: \(screen.line(y))")
                #expect(!screen.line(y).hasSuffix("…"), "no stray … in the last column: \(screen.line(y))")
            }
            // The message and key lines are the screen's own, not the box's.
            #expect(!screen.line(size.height - 2).contains("│") && !screen.line(size.height - 1).contains("│"), "\(screen.text)")
            // The last row inside is the closing line, not an entry.
            for y in (box.top + 1)..<(box.bottom - 1) { text += " " + inside(screen, box, y) }
        }
        let words = text.split(separator: " ").joined(separator: " ")
        for section in [ComposerProgram.keys.help, LoopKeys.help] {
            for entry in section.entries {
                #expect(words.contains(entry.text.split(separator: " ").joined(separator: " ")),
                        "\(entry.text) is in the help, whole, at \(size)")
            }
        }
        #expect(!pages.last!.text.contains("more (PgDn)"), "paging ends")
    }

    @Test func pageDownMovesAWholePageAndHomeAndEndGoToTheEnds() throws {
        let size = Size(width: 80, height: 24)
        let (first, program) = run(composer(), size: size, [.key(.f(1))])
        let box = try #require(helpBox(first))
        let shown = box.bottom - box.top - 2
        let (_, paged) = run(program, size: size, [.key(.pageDown)])
        guard case .help(let help)? = paged.overlay else { Issue.record("help is open"); return }
        #expect(help.top == shown, "a page is the rows the box shows")
        let (_, down) = run(paged, size: size, [.key(.down)])
        guard case .help(let line)? = down.overlay else { return }
        #expect(line.top == shown + 1)
        let (end, ended) = run(down, size: size, [.key(.end)])
        #expect(!end.text.contains("more (PgDn)"), "\(end.text)")
        let (home, _) = run(ended, size: size, [.key(.home)])
        #expect(home.text.contains("more (PgDn)") && home.find("Composer") != nil, "\(home.text)")
    }

    @Test(arguments: sizes)
    func aLongDialogMessageWrapsAndScrollsToItsEnd(_ size: Size) {
        let sentences = (1...40).map { "Sentence \($0) of a long explanation says what happened." }
        let message = sentences.joined(separator: " ") + " The last words: a career."
        let dialog = Dialog(title: "Not opened", message: message, buttons: ["OK"])
        var buffer = ScreenBuffer(size: size)
        let rect = buffer.bounds.centered(Size(width: min(size.width - 2, 70), height: 8))
        dialog.render(into: &buffer, rect: rect, theme: .fallback, focused: true)
        #expect(!buffer.text.contains("…"))
        #expect(buffer.text.contains("Sentence 1 of"), "\(buffer.text)")
        for y in (size.height - 2)..<size.height { #expect(buffer.line(y).allSatisfy { $0 == " " }, "the bottom lines stay free") }
        var scrolled = dialog
        var last = buffer
        for _ in 0..<200 where !last.text.contains("a career.") {
            scrolled.press(.pageDown)
            last = ScreenBuffer(size: size)
            scrolled.render(into: &last, rect: rect, theme: .fallback, focused: true)
        }
        #expect(last.text.contains("The last words: a career."), "the end can be read\n\(last.text)")
        #expect(last.text.contains("[ OK ]"))
        // Enter still presses the button.
        #expect(scrolled.press(.enter) == .submitted)
    }
}
