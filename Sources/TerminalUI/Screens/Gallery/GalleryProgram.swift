/// The widget gallery: one of every widget, the active theme's roles, and live theme switching.
/// It doubles as the theme preview (`seekpass-composer gallery --theme NAME`).
public struct GalleryProgram: Program, Sendable {
    public enum Message: Sendable {
        /// Bytes of the demo upload sent so far, posted from the upload task.
        case uploaded(Int64)
    }

    /// The demo upload's size in bytes.
    static let uploadTotal: Int64 = 4_200_000

    enum Overlay: Hashable, Sendable {
        case help(HelpOverlay)
        case message(Dialog)
        case confirmReset(Dialog)
    }

    var focus = FocusRing(count: GalleryField.allCases.count)
    var name = TextInput(placeholder: "Given name")
    var note = TextInput("東京 café 🚀 \u{1B}[31m escape shown, not run")
    var issued = DateInput(mask: .day, value: "2024-05-17")
    var month = DateInput(mask: .month)
    var year = DateInput(mask: .year)
    var verified = Toggle(isOn: true)
    var current = TriStateToggle()
    var credential = ChoiceList(options: [
        "Licence", "Certification", "Employment", "Education", "Identity", "Right to work", "Police check", "Reference",
    ].map { ChoiceList<String>.Option($0, $0) }, selected: "Certification")
    var partners = ListEditor(rows: ["SEEK", "Acme Verify", "Registry of Trades"])
    var preview = TextView()
    var uploadedBytes: Int64 = 0
    var uploading = false
    var upload: Double { Double(uploadedBytes) / Double(Self.uploadTotal) }
    var phase = 0
    var overlay: Overlay?
    var status = ""
    var statusSeverity = StatusLine.Severity.info
    var size = Size(width: 100, height: 30)
    var edited = false

    /// The themes F2 cycles through (loaded up front, so switching is instant and pure).
    public private(set) var themes: [ThemeCatalog.Loaded]
    public private(set) var themeIndex: Int

    /// - Parameters:
    ///   - themes: the themes to cycle, in order; at least one.
    ///   - themeIndex: the one to start with.
    ///   - notice: a first status message (e.g. why a theme file was not used).
    public init(themes: [ThemeCatalog.Loaded], themeIndex: Int = 0, notice: String? = nil) {
        self.themes = themes.isEmpty ? [ThemeCatalog.Loaded(theme: .fallback, problem: nil)] : themes
        self.themeIndex = min(max(0, themeIndex), self.themes.count - 1)
        if let problem = self.themes[self.themeIndex].problem {
            status = "Theme not used: \(problem.shortDescription)"
            statusSeverity = .error
        } else if let notice {
            status = notice
            statusSeverity = .warning
        }
        _ = note.handle(.key(.home))
        refreshPreview()
    }

    public var theme: Theme { themes[themeIndex].theme }

    public var tickInterval: Duration? { uploading ? .milliseconds(100) : nil }

    public var unsavedWorkQuestion: String? {
        edited ? "You changed fields in the gallery. Quit anyway?" : nil
    }

    var focusedField: GalleryField { GalleryField(rawValue: focus.index) ?? .name }

    public mutating func update(_ event: Event<Message>) -> [Command<Message>] {
        switch event {
        case .resize(let newSize):
            size = newSize
            layoutChanged()
        case .tick:
            phase += 1
        case .message(.uploaded(let bytes)):
            guard uploading else { break }
            uploadedBytes = min(Self.uploadTotal, max(uploadedBytes, bytes))
            if uploadedBytes >= Self.uploadTotal {
                uploading = false
                setStatus("Upload complete", .ok)
            }
        case .paste(let text):
            if overlay == nil { handleFieldInput(.paste(text)) }
        case .key(let key):
            return handle(key)
        }
        return []
    }

    private mutating func handle(_ key: Key) -> [Command<Message>] {
        if let overlay {
            handleOverlay(key, overlay)
            return []
        }
        if key == .tab || key == .backTab {
            _ = focus.move(for: key, after: .ignored)
            focusChanged()
            return []
        }
        if let action = Self.keys.action(for: key), !(key.text != nil && focusedAcceptsText) {
            return perform(action)
        }
        let outcome = handleFieldInput(.key(key))
        if focus.move(for: key, after: outcome) { focusChanged() }
        return []
    }

    private mutating func perform(_ action: GalleryAction) -> [Command<Message>] {
        switch action {
        case .help:
            overlay = .help(HelpOverlay(title: "Keys — widget gallery", sections: helpSections))
        case .nextTheme, .previousTheme:
            let step = action == .nextTheme ? 1 : themes.count - 1
            themeIndex = (themeIndex + step) % themes.count
            if let problem = themes[themeIndex].problem {
                setStatus("Theme not used: \(problem.shortDescription)", .error)
            } else {
                setStatus("Theme: \(theme.name) (\(themeIndex + 1) of \(themes.count))", .info)
            }
        case .toggleUpload:
            if uploadedBytes >= Self.uploadTotal { uploadedBytes = 0 }
            uploading.toggle()
            setStatus(uploading ? "Uploading (demo)…" : "Upload paused", .info)
            guard uploading else { return [.cancel(id: "upload")] }
            return [.run(id: "upload", Self.demoUpload(from: uploadedBytes))]
        case .messageDialog:
            overlay = .message(Dialog(title: "Submitted", message: "The partner API accepted the credential. Its redirect URI is ready to share.", buttons: ["OK"]))
        case .confirmDialog:
            overlay = .confirmReset(Dialog.confirm(title: "Reset the form?", message: "Every field goes back to how the gallery started.", confirm: "Reset", cancel: "Keep"))
        case .quit:
            return [.requestQuit]
        }
        return []
    }

    /// A stand-in for a real upload: posts its progress from another task, as a real one will.
    static func demoUpload(from start: Int64) -> @Sendable (MessagePoster<Message>) async -> Void {
        { poster in
            var sent = start
            while sent < uploadTotal {
                do { try await Task.sleep(for: .milliseconds(60)) } catch { return }
                sent = min(uploadTotal, sent + uploadTotal / 50)
                poster.post(.uploaded(sent))
            }
        }
    }

    private mutating func handleOverlay(_ key: Key, _ current: Overlay) {
        switch current {
        case .help(var help):
            overlay = help.handle(.key(key)) == .cancelled ? nil : .help(help)
        case .message(var dialog):
            let outcome = dialog.handle(.key(key))
            overlay = (outcome == .submitted || outcome == .cancelled) ? nil : .message(dialog)
        case .confirmReset(var dialog):
            let outcome = dialog.handle(.key(key))
            switch outcome {
            case .submitted where dialog.isConfirmed:
                let kept = (themes, themeIndex, size)
                self = GalleryProgram(themes: kept.0, themeIndex: kept.1)
                size = kept.2
                layoutChanged()
                setStatus("Form reset", .ok)
            case .submitted, .cancelled:
                overlay = nil
                setStatus("Kept the form as it was", .info)
            default:
                overlay = .confirmReset(dialog)
            }
        }
    }

    @discardableResult
    private mutating func handleFieldInput(_ input: InputEvent) -> WidgetOutcome {
        let outcome: WidgetOutcome
        switch focusedField {
        case .name: outcome = name.handle(input)
        case .note: outcome = note.handle(input)
        case .issued: outcome = issued.handle(input)
        case .month: outcome = month.handle(input)
        case .year: outcome = year.handle(input)
        case .verified: outcome = verified.handle(input)
        case .current: outcome = current.handle(input)
        case .credential: outcome = credential.handle(input)
        case .partners:
            outcome = partners.handle(input)
            if outcome == .submitted { setStatus("Rows that need a form of their own would open it here", .info) }
        case .preview: outcome = preview.handle(input)
        }
        if outcome == .changed {
            edited = true
            refreshPreview()
        }
        if outcome == .submitted, focusedField != .partners {
            focus.next()
            focusChanged()
        }
        return outcome
    }

    var focusedAcceptsText: Bool {
        switch focusedField {
        case .name: return name.acceptsText
        case .note: return note.acceptsText
        case .issued: return issued.acceptsText
        case .month: return month.acceptsText
        case .year: return year.acceptsText
        case .verified: return verified.acceptsText
        case .current: return current.acceptsText
        case .credential: return credential.acceptsText
        case .partners: return partners.acceptsText
        case .preview: return preview.acceptsText
        }
    }

    var focusedHelp: HelpSection {
        switch focusedField {
        case .name, .note: return name.keyHelp
        case .issued, .month, .year: return issued.keyHelp
        case .verified: return verified.keyHelp
        case .current: return current.keyHelp
        case .credential: return credential.keyHelp
        case .partners: return partners.keyHelp
        case .preview: return preview.keyHelp
        }
    }

    /// Every key of the gallery, in the order docs/keys.md lists them.
    public static var referenceSections: [HelpSection] {
        [
            keys.help, LoopKeys.help, FocusRing.help, TextInput.keys.help, DateInput(mask: .day).keyHelp, Toggle.keys.help,
            TriStateToggle.keys.help, ChoiceList<String>(options: []).keyHelp, ListEditor<String>.keys.help, TextView.keys.help,
            Dialog(title: "", message: "").keyHelp, HelpOverlay.keys.help,
        ]
    }

    /// Every key of the screen: its own table, the loop's and focus keys, then each widget's, the focused one first.
    var helpSections: [HelpSection] {
        var sections = Self.referenceSections
        let focusedSection = focusedHelp
        sections.removeAll { $0.title == focusedSection.title }
        var focused = focusedSection
        focused.title += " (focused)"
        sections.insert(focused, at: 3)
        return sections
    }

    private mutating func focusChanged() {
        if !status.hasPrefix("Theme not used") { setStatus("", .info) }
        refreshPreview()
    }

    private mutating func setStatus(_ text: String, _ severity: StatusLine.Severity) {
        status = text
        statusSeverity = severity
    }

    private mutating func layoutChanged() {
        let layout = GalleryLayout(size: size)
        credential.viewportHeight = layout.fields[.credential]?.height ?? 5
        partners.viewportHeight = layout.fields[.partners]?.height ?? 5
        preview.viewportHeight = max(1, layout.fields[.preview]?.height ?? 10)
    }

    mutating func refreshPreview() {
        let built = GalleryPreview.json(for: self)
        preview.lines = JSONHighlighter.highlight(built.text)
        preview.highlightedLine = focusedField.jsonKey.flatMap { built.lineOfKey[$0] }
        if let line = preview.highlightedLine { preview.reveal(line: line) }
    }
}
