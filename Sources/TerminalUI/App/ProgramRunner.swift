/// The run loop: feeds a program events from a terminal and posted messages, draws a frame
/// after each batch, ticks while the program animates, and owns what every screen shares:
/// Ctrl-C (asks first when there is unsaved work), signals, and the too-small notice.
///
/// Everything happens on the thread that calls ``run()``; only ``poster`` may be used elsewhere.
public final class ProgramRunner<P: Program> {
    public private(set) var program: P
    /// Posts messages into the loop from any thread or task.
    public let poster: MessagePoster<P.Message>
    /// The question shown before quitting with unsaved work, while it is open.
    public private(set) var quitDialog: Dialog?

    private let terminal: any Terminal
    private let clock: () -> ContinuousClock.Instant
    private var tasks: [Task<Void, Never>] = []
    private var namedTasks: [String: Task<Void, Never>] = [:]
    private var nextTick: ContinuousClock.Instant?
    private var lastSize: Size?
    /// Ends the run as soon as the first full frame is shown (start-up measurements).
    public var exitsAfterFirstFrame = false

    /// - Parameter clock: the time used for ticks; tests pass a virtual clock.
    public init(program: P, terminal: any Terminal, clock: @escaping () -> ContinuousClock.Instant = { ContinuousClock.now }) {
        self.program = program
        self.terminal = terminal
        self.clock = clock
        self.poster = MessagePoster(waker: terminal.waker)
    }

    deinit {
        for task in tasks { task.cancel() }
        for task in namedTasks.values { task.cancel() }
    }

    /// Runs until the program quits, a terminating signal arrives or input ends.
    public func run() -> RunOutcome {
        if let outcome = resizeIfNeeded(terminal.size) { return outcome }
        while true {
            for message in poster.drain() {
                if let outcome = apply(program.update(.message(message))) { return outcome }
            }
            draw()
            if exitsAfterFirstFrame { return finish(.quit(exitCode: 0)) }
            let timeout = scheduleTick()
            guard let events = terminal.nextEvents(timeout: timeout) else { return .inputEnded }
            for event in events {
                if let outcome = handle(event) { return outcome }
            }
            if let due = nextTick, clock() >= due {
                nextTick = nil
                if let outcome = apply(program.update(.tick)) { return outcome }
            }
        }
    }

    /// Draws the current state once (the loop does this after every batch of events).
    public func draw() {
        let size = terminal.size
        var frame = ScreenBuffer(size: size, style: program.theme[.text])
        if size.covers(program.minimumSize) {
            program.render(into: &frame)
            if let quitDialog {
                quitDialog.render(into: &frame, rect: frame.bounds, theme: program.theme, focused: true)
            }
        } else {
            SizeNotice.render(into: &frame, minimum: program.minimumSize, theme: program.theme)
        }
        terminal.present(frame)
    }

    private var isTooSmall: Bool { !terminal.size.covers(program.minimumSize) }

    private func scheduleTick() -> Duration? {
        guard let interval = program.tickInterval else {
            nextTick = nil
            return nil
        }
        let now = clock()
        let due = nextTick ?? now.advanced(by: interval)
        nextTick = due
        return max(.zero, now.duration(to: due))
    }

    private func handle(_ event: TerminalEvent) -> RunOutcome? {
        switch event {
        case .signal(.interrupt):
            return interrupt()
        case .signal(let signal):
            return .signal(signal)
        case .resize(let size):
            return resizeIfNeeded(size)
        case .key(let key):
            if key == .ctrl("c") { return interrupt() }
            if var dialog = quitDialog {
                let outcome = dialog.handle(.key(key))
                quitDialog = dialog
                switch outcome {
                case .submitted where dialog.isConfirmed: return finish(.quit(exitCode: 0))
                case .submitted, .cancelled: quitDialog = nil
                default: break
                }
                return nil
            }
            if isTooSmall {
                return key == .ctrl("q") ? requestQuit() : nil
            }
            return apply(program.update(.key(key)))
        case .paste(let text):
            guard quitDialog == nil, !isTooSmall else { return nil }
            return apply(program.update(.paste(text)))
        }
    }

    private func resizeIfNeeded(_ size: Size) -> RunOutcome? {
        guard size != lastSize else { return nil }
        lastSize = size
        return apply(program.update(.resize(size)))
    }

    /// Ctrl-C or SIGINT: a second one while the question is open quits at once.
    private func interrupt() -> RunOutcome? {
        if quitDialog != nil { return finish(.quit(exitCode: 0)) }
        return requestQuit()
    }

    private func requestQuit() -> RunOutcome? {
        if let commands = program.quitRequested() { return apply(commands) }
        guard let question = program.unsavedWorkQuestion else { return finish(.quit(exitCode: 0)) }
        quitDialog = Dialog.confirm(title: "Quit?", message: question, confirm: "Quit", cancel: "Stay")
        return nil
    }

    private func apply(_ commands: [Command<P.Message>]) -> RunOutcome? {
        for command in commands {
            switch command {
            case .quit(let code):
                return finish(.quit(exitCode: code))
            case .requestQuit:
                if let outcome = requestQuit() { return outcome }
            case .perform(let work):
                let poster = self.poster
                tasks.removeAll { $0.isCancelled }
                tasks.append(Task.detached { await work(poster) })
            case .run(let id, let work):
                let poster = self.poster
                namedTasks[id]?.cancel()
                namedTasks[id] = Task.detached { await work(poster) }
            case .cancel(let id):
                namedTasks.removeValue(forKey: id)?.cancel()
            case .copyToClipboard(let text):
                terminal.copyToClipboard(text)
            }
        }
        return nil
    }

    private func finish(_ outcome: RunOutcome) -> RunOutcome {
        if case .quit = outcome { program.willQuit() }
        for task in tasks { task.cancel() }
        for task in namedTasks.values { task.cancel() }
        tasks.removeAll()
        namedTasks.removeAll()
        return outcome
    }
}
