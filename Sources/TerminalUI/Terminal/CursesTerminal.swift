import CNcurses
import Foundation
import PassCore

/// The real terminal, through ncursesw: raw mode on the alternate screen, wide characters,
/// colours fitted to the terminal, bracketed paste, and only changed cells redrawn.
///
/// SIGWINCH, SIGINT, SIGTERM, SIGHUP and SIGCONT become events; SIGILL, SIGTRAP, SIGSEGV,
/// SIGBUS, SIGABRT and SIGFPE restore the terminal before the process dies. Every call must
/// come from the thread that called ``start()``.
public final class CursesTerminal: Terminal {
    public struct Options: Sendable {
        /// Draw without colour (attributes only), as `NO_COLOR` asks.
        public var noColor: Bool
        /// Milliseconds to wait after Esc for the rest of a key sequence.
        public var escapeDelay: Int32

        public init(noColor: Bool = false, escapeDelay: Int32 = 25) {
            self.noColor = noColor
            self.escapeDelay = escapeDelay
        }
    }

    public enum StartError: Error, CustomStringConvertible {
        case cannotOpen(term: String)
        case pipe

        public var description: String {
            switch self {
            case .cannotOpen(let term): return "cannot open the terminal (TERM=\(term.isEmpty ? "unset" : term))"
            case .pipe: return "cannot create the wake-up pipe"
            }
        }
    }

    public private(set) var size = Size(width: 0, height: 0)
    public private(set) var colorDepth: ColorDepth = .monochrome
    public private(set) var supportsUnicode = true
    public var waker: any Waker { pipeWaker }

    private let options: Options
    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var wakeRead: Int32 = -1
    private var wakeWrite: Int32 = -1
    private let pipeWaker = PipeWaker()
    private var previous: ScreenBuffer?
    private var styleCache: [Style: (attr_t, Int32)] = [:]
    private var keyDecoder = CursesKeyDecoder()
    private var cursorVisible: Bool?

    public init(options: Options = Options()) {
        self.options = options
    }

    deinit { stop() }

    public func start() throws {
        guard screen == nil else { return }
        setlocale(LC_ALL, "")
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw StartError.pipe }
        wakeRead = fds[0]
        wakeWrite = fds[1]
        _ = cn_set_nonblocking(wakeRead)
        _ = cn_set_nonblocking(wakeWrite)
        pipeWaker.fd.store(wakeWrite)
        cn_install_signal_handlers(wakeWrite)
        _ = cn_save_termios(1)
        guard let opened = cn_newterm(nil) else {
            cn_uninstall_signal_handlers()
            throw StartError.cannotOpen(term: ProcessInfo.processInfo.environment["TERM"] ?? "")
        }
        screen = opened
        let win = cn_stdscr()
        window = win
        cn_arm_restore(restoreSequence())
        atexit { cn_restore_terminal_now() }
        raw()
        noecho()
        nonl()
        keypad(win, true)
        nodelay(win, true)
        set_escdelay(options.escapeDelay)
        if !options.noColor, has_colors() {
            start_color()
            use_default_colors()
            colorDepth = ColorDepth(colorCount: Int(cn_colors()))
        } else {
            colorDepth = .monochrome
        }
        if let codeset = nl_langinfo(nl_item(CODESET)) {
            supportsUnicode = String(cString: codeset).uppercased().replacing("-", with: "") == "UTF8"
        }
        keyDecoder.defineModifiedKeys()
        writeToTerminal("\u{1B}[?2004h")
        size = Size(width: Int(cn_getmaxx(win)), height: Int(cn_getmaxy(win)))
        previous = nil
    }

    public func stop() {
        guard let screen else { return }
        if cursorVisible == false { curs_set(1) }
        endwin()
        writeToTerminal("\u{1B}[?2004l")
        delscreen(screen)
        self.screen = nil
        window = nil
        cn_disarm_restore()
        cn_uninstall_signal_handlers()
        pipeWaker.fd.store(-1)
        close(wakeRead)
        close(wakeWrite)
    }

    public func present(_ frame: ScreenBuffer) {
        guard let window else { return }
        if frame.size != size { previous = nil }
        for run in FrameDiff.changedRuns(from: previous, to: frame) {
            var x = run.x
            while x < run.x + run.count, x < size.width, run.y < size.height {
                let cell = frame[x: x, y: run.y]
                if !cell.isContinuation { draw(cell, x: x, y: run.y, in: window) }
                x += 1
            }
        }
        previous = frame
        let wantCursor = frame.cursor != nil
        if cursorVisible != wantCursor {
            curs_set(wantCursor ? 1 : 0)
            cursorVisible = wantCursor
        }
        if let cursor = frame.cursor { wmove(window, Int32(cursor.y), Int32(cursor.x)) }
        wnoutrefresh(window)
        doupdate()
    }

    public func nextEvents(timeout: Duration?) -> [TerminalEvent]? {
        guard let window else { return nil }
        var events = readInput(window)
        if !events.isEmpty { return events }
        var inputReady: Int32 = 0, wakeReady: Int32 = 0
        let milliseconds = timeout.map { Int32(clamping: $0.inMilliseconds) } ?? -1
        let polled = cn_poll2(0, wakeRead, milliseconds, &inputReady, &wakeReady)
        if polled < 0 { return [] }
        if wakeReady != 0 { events += drainWakePipe() }
        if inputReady != 0 { events += readInput(window) }
        return events
    }

    // MARK: - Output

    public func copyToClipboard(_ text: String) {
        writeToTerminal(ClipboardSequence.osc52(text))
    }

    private func writeToTerminal(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
    }

    private func draw(_ cell: Cell, x: Int, y: Int, in window: UnsafeMutablePointer<WINDOW>) {
        let (attrs, pair) = cursesStyle(cell.style)
        var text: [wchar_t] = cell.character.unicodeScalars.prefix(Int(cn_ccharw_max()) - 1).map { wchar_t(bitPattern: $0.value) }
        text.append(0)
        _ = cn_put_cell(window, Int32(y), Int32(x), text, attrs, pair)
        if cell.width == 2, let first = text.first, cn_wcwidth(first) == 1, x + 1 < size.width {
            // The terminal thinks this grapheme is narrow: keep the grid aligned.
            let space: [wchar_t] = [32, 0]
            _ = cn_put_cell(window, Int32(y), Int32(x + 1), space, attrs, pair)
        }
    }

    private func cursesStyle(_ style: Style) -> (attr_t, Int32) {
        if let cached = styleCache[style] { return cached }
        let fitted = style.fitted(to: colorDepth)
        var attrs = attr_t(cn_a_normal())
        if fitted.attributes.contains(.bold) { attrs |= attr_t(cn_a_bold()) }
        if fitted.attributes.contains(.dim) { attrs |= attr_t(cn_a_dim()) }
        if fitted.attributes.contains(.underline) { attrs |= attr_t(cn_a_underline()) }
        if fitted.attributes.contains(.reverse) { attrs |= attr_t(cn_a_reverse()) }
        if fitted.attributes.contains(.italic) { attrs |= attr_t(cn_a_italic()) }
        var pair: Int32 = 0
        if colorDepth != .monochrome, fitted.foreground != .default || fitted.background != .default {
            pair = max(0, alloc_pair(Self.cursesColor(fitted.foreground), Self.cursesColor(fitted.background)))
        }
        styleCache[style] = (attrs, pair)
        return (attrs, pair)
    }

    private static func cursesColor(_ color: TerminalColor) -> Int32 {
        switch color {
        case .default, .rgb: return -1
        case .indexed(let i): return Int32(i)
        }
    }

    private func restoreSequence() -> String {
        var sequence = "\u{1B}[?2004l"
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let value = cn_tigetstr(capability) { sequence += String(cString: value) }
        }
        return sequence
    }

    // MARK: - Input

    private func readInput(_ window: UnsafeMutablePointer<WINDOW>) -> [TerminalEvent] {
        var events: [TerminalEvent] = []
        while true {
            var character: wint_t = 0
            let result = wget_wch(window, &character)
            if result == ERR { break }
            if result == cn_key_code_yes() {
                if Int32(character) == cn_key_resize() {
                    if let event = resized() { events.append(event) }
                    continue
                }
                if let event = keyDecoder.decode(keyCode: Int32(character)) { events.append(event) }
            } else if let event = keyDecoder.decode(character: UInt32(character), next: { next(window) }) {
                events.append(event)
            }
        }
        return events
    }

    private func next(_ window: UnsafeMutablePointer<WINDOW>) -> CursesKeyDecoder.Raw? {
        var character: wint_t = 0
        let result = wget_wch(window, &character)
        if result == ERR { return nil }
        if result == cn_key_code_yes() { return .keyCode(Int32(character)) }
        return .character(UInt32(character))
    }

    private func drainWakePipe() -> [TerminalEvent] {
        var events: [TerminalEvent] = []
        var bytes = [UInt8](repeating: 0, count: 64)
        while true {
            let count = read(wakeRead, &bytes, bytes.count)
            if count <= 0 { break }
            for byte in bytes[0..<count] {
                switch Int32(byte) {
                case SIGWINCH: if let event = resized() { events.append(event) }
                case SIGINT: events.append(.signal(.interrupt))
                case SIGTERM: events.append(.signal(.terminate))
                case SIGHUP: events.append(.signal(.hangup))
                case SIGCONT:
                    previous = nil
                    if let window { clearok(window, true) }
                default: break
                }
            }
        }
        return events
    }

    private func resized() -> TerminalEvent? {
        var rows: Int32 = 0, cols: Int32 = 0
        if cn_window_size(1, &rows, &cols) == 0, rows > 0, cols > 0, Int(rows) != size.height || Int(cols) != size.width {
            resizeterm(rows, cols)
        }
        guard let window else { return nil }
        let newSize = Size(width: Int(cn_getmaxx(window)), height: Int(cn_getmaxy(window)))
        guard newSize != size else { return nil }
        size = newSize
        previous = nil
        return .resize(newSize)
    }
}

/// Wakes the loop by writing a byte to its pipe. The write happens under the same lock that
/// ``CursesTerminal/stop()`` takes before closing the pipe, so a late post never writes to a
/// reused descriptor.
final class PipeWaker: Waker, @unchecked Sendable {
    final class AtomicFD: @unchecked Sendable {
        private let lock = NSLock()
        private var value: Int32 = -1
        func store(_ fd: Int32) { lock.lock(); value = fd; lock.unlock() }
        func withValue(_ body: (Int32) -> Void) { lock.lock(); body(value); lock.unlock() }
    }

    let fd = AtomicFD()

    func wake() {
        fd.withValue { target in
            guard target >= 0 else { return }
            var byte: UInt8 = 0
            _ = write(target, &byte, 1)
        }
    }
}
