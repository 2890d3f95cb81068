import ComposerKit
import Foundation
import PassCore

extension HistoryScreen {
    /// Draws the screen over the whole frame but the title row.
    func render(into frame: inout ScreenBuffer, look: ScreenLook) {
        HistoryView(model: self, look: look).render(into: &frame)
    }
}

/// The history screen drawn: the list, the selected request or its QR code, the bottom lines.
private struct HistoryView {
    let model: HistoryScreen
    let look: ScreenLook
    var theme: Theme { look.theme }
    var marks: Marks { look.marks }

    func render(into frame: inout ScreenBuffer) {
        let layout = HistoryLayout(size: frame.size)
        frame.fill(Rect(x: 0, y: 1, width: frame.size.width, height: max(0, frame.size.height - 1)), style: theme[.text])
        if let code = model.code {
            renderCode(code, into: &frame, rect: layout.body)
        } else {
            renderList(into: &frame, rect: layout.list)
            renderDetail(into: &frame, rect: layout.detail)
        }
        renderMessage(into: &frame, rect: layout.message)
        renderHints(into: &frame, rect: layout.hints)
    }

    // MARK: The list

    private func renderList(into frame: inout ScreenBuffer, rect: Rect) {
        let rows = model.state.visible
        var title = model.state.isLoaded ? "Sent requests (\(rows.count))" : "Sent requests"
        if !model.state.filter.isEmpty { title = "Sent requests (\(rows.count) of \(model.state.rows.count))" }
        BoxFrame.draw(in: &frame, rect: rect, title: title, theme: theme, style: theme[.focus])
        let inner = rect.inset(dx: 1, dy: 1)
        guard inner.height > 0, inner.width > 10 else { return }
        guard model.state.isLoaded else {
            frame.write(" Reading the history…", at: Point(x: inner.x, y: inner.y), style: theme[.muted])
            return
        }
        let notes = model.state.notes
        let noteLines = min(notes.count, max(0, inner.height - 2))
        let listArea = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - noteLines)
        for (i, note) in notes.prefix(noteLines).enumerated() {
            frame.write(" \(marks.warning) \(note)", at: Point(x: inner.x, y: listArea.maxY + i), style: theme[.warning],
                        maxWidth: inner.width, ellipsis: true)
        }
        if rows.isEmpty, !model.state.rows.isEmpty {
            frame.write(" No request matches “\(model.state.filter)”; Esc on the find line clears it.",
                        at: Point(x: listArea.x, y: listArea.y), style: theme[.muted], maxWidth: listArea.width, ellipsis: true)
            return
        }
        if rows.isEmpty {
            var y = listArea.y
            let text = "Nothing sent yet. Requests submitted from here (F10) or with `seekpass-composer submit` are listed with whether the holder accepted them."
            for line in TextLayout.wrap(text, width: max(10, listArea.width - 2)) where y < listArea.maxY {
                frame.write(" " + line, at: Point(x: listArea.x, y: y), style: theme[.text])
                y += 1
            }
            if let path = model.path, y + 1 < listArea.maxY {
                frame.write(" History file: \(path)", at: Point(x: listArea.x, y: y + 1), style: theme[.muted],
                            maxWidth: listArea.width, ellipsis: true)
            }
            return
        }
        let columns = HistoryColumns(width: listArea.width)
        columns.write(["", "STATUS", "REQUEST ID", "SENT", "TO", "CONTENTS"], into: &frame, y: listArea.y, x: listArea.x,
                      style: theme[.title])
        let visible = max(1, listArea.height - 1)
        let top = HistoryColumns.top(selected: model.state.selected, visible: visible, count: rows.count)
        for (offset, row) in rows.dropFirst(top).prefix(visible).enumerated() {
            let index = top + offset
            let y = listArea.y + 1 + offset
            let selected = index == model.state.selected
            let verdict = row.verdict(at: model.now)
            var style = selected ? theme[.focus] : theme[.text]
            if selected { frame.fill(Rect(x: listArea.x, y: y, width: listArea.width, height: 1), style: style) }
            let sent = row.entry.submittedDate.map { TimeText.ago(model.now.timeIntervalSince($0)) } ?? row.entry.submittedAt
            columns.write([selected ? String(theme.glyphs.pointer) : "", "", row.id, sent, Self.destination(of: row, among: rows),
                           row.entry.contentsText], into: &frame, y: y, x: listArea.x, style: style)
            style = theme[role(of: verdict)]
            if selected { style.background = theme[.focus].background }
            columns.write(column: 1, mark(of: verdict) + " " + verdict.word, into: &frame, y: y, x: listArea.x, style: style)
        }
        if top > 0 {
            frame.write(String(theme.glyphs.scrollUp), at: Point(x: rect.maxX - 1, y: rect.y + 1), style: theme[.muted])
        }
        if top + visible < rows.count {
            frame.write(String(theme.glyphs.scrollDown), at: Point(x: rect.maxX - 1, y: listArea.maxY - 1), style: theme[.muted])
        }
    }

    /// Where a row went, as the list says it: its profile, or its address when another
    /// row has the same profile at another address (a request is its endpoint and id).
    static func destination(of row: TrackedSubmission, among rows: [TrackedSubmission]) -> String {
        guard let profile = row.entry.profile else { return Self.shortAddress(row.entry.endpoint) }
        let shared = rows.contains { $0.entry.profile == profile && $0.entry.endpoint != row.entry.endpoint }
        guard shared else { return profile }
        // The port tells two sandboxes on one machine apart; else the whole address.
        let address = Self.shortAddress(row.entry.endpoint)
        let port = address.split(separator: ":").last.map { ":" + $0 }
        let others = rows.filter { $0.entry.profile == profile }.map { Self.shortAddress($0.entry.endpoint) }
        if let port, others.filter({ $0.hasSuffix(port) }).count == 1 { return "\(profile) \(port)" }
        return address
    }

    /// `127.0.0.1:8080` for `http://127.0.0.1:8080`.
    static func shortAddress(_ url: String) -> String {
        url.replacingOccurrences(of: "https://", with: "").replacingOccurrences(of: "http://", with: "")
    }

    func role(of verdict: Verdict) -> ThemeRole {
        switch verdict {
        case .verified: .ok
        case .incomplete: .title
        case .canceled: .error
        case .expired: .warning
        case .unknown, .checking: .muted
        }
    }

    func mark(of verdict: Verdict) -> String {
        switch verdict {
        case .verified: marks.ok
        case .canceled: marks.error
        case .expired: marks.warning
        case .incomplete: theme.glyphs == .ascii ? "~" : "…"
        case .unknown, .checking: "?"
        }
    }

    // MARK: The selected request

    private func renderDetail(into frame: inout ScreenBuffer, rect: Rect) {
        guard rect.height >= 3, let row = model.state.selectedRow else { return }
        let entry = row.entry
        // The link takes whole rows of its own under the box, from the first column.
        var linkRows = entry.redirectURI.map { LinkDisplay.rows($0, width: frame.size.width) } ?? []
        if rect.height - linkRows.count < 3 { linkRows = [] }
        let box = Rect(x: rect.x, y: rect.y, width: rect.width, height: rect.height - linkRows.count)
        BoxFrame.draw(in: &frame, rect: box, title: row.id, theme: theme)
        let inner = box.inset(dx: 2, dy: 1)
        let labelWidth = 9
        var y = inner.y
        func line(_ label: String, _ text: String, _ role: ThemeRole = .text, rows: Int = 1) {
            guard y < inner.maxY, !text.isEmpty else { return }
            frame.write(label, at: Point(x: inner.x, y: y), style: theme[.muted])
            // The status and its time left wrap onto a second row rather than lose their end.
            let width = max(1, inner.width - labelWidth)
            var parts = rows > 1 ? TextLayout.wrap(text, width: width) : [text]
            if parts.count > rows { parts = Array(parts.prefix(rows - 1)) + [parts.dropFirst(rows - 1).joined(separator: " ")] }
            for part in parts where y < inner.maxY {
                frame.write(part, at: Point(x: inner.x + labelWidth, y: y), style: theme[role], maxWidth: width, ellipsis: true)
                y += 1
            }
        }
        let verdict = row.verdict(at: model.now)
        line("Status", row.statusLine(at: model.now), role(of: verdict), rows: 2)
        if let expiry = row.expiryLine(at: model.now) { line("Expires", expiry) }
        let when = entry.submittedDate.map { "\(TimeText.utc($0)) (\(TimeText.ago(model.now.timeIntervalSince($0))))" } ?? entry.submittedAt
        line("Sent", when + " to " + (entry.profile.map { "\($0) · " } ?? "") + entry.endpoint)
        line("Contents", "\(entry.kind.noun) · \(entry.contentsText)")
        if !entry.filesText.isEmpty {
            line("Files", entry.filesText, entry.files.allSatisfy(\.arrived) ? .text : .warning)
        }
        // What happened to it: sent, sent again, its final status.
        let timeline = entry.timelineParts(at: model.now)
        if timeline.count > 1 {
            for (i, part) in SubmitText.pack(timeline, separator: " → ", width: max(10, inner.width - labelWidth)).enumerated() {
                line(i == 0 ? "Timeline" : "", part)
            }
        }
        if linkRows.isEmpty {
            if entry.redirectURI == nil {
                line("Link", "none: the server did not take the request", .warning)
            } else if let uri = entry.redirectURI {
                line("Link", uri, .ok)
            }
        }
        LinkDisplay.draw(linkRows, into: &frame, y: box.maxY, style: theme[.ok])
    }

    // MARK: The QR code again

    /// The QR code by the rule of every screen (`LinkDisplay.placeQR`), the request beside it,
    /// the link whole on the rows under them.
    private func renderCode(_ code: HistoryScreen.ShownCode, into frame: inout ScreenBuffer, rect: Rect) {
        let linkRows = LinkDisplay.rows(code.uri, width: frame.size.width)
        let upper = Rect(x: rect.x, y: rect.y, width: rect.width, height: max(0, rect.height - linkRows.count))
        let placed = code.qr.flatMap { LinkDisplay.placeQR($0, in: upper) }
        let left = Rect(x: upper.x, y: upper.y, width: (placed.map { $0.rect.x - 1 } ?? upper.maxX) - upper.x, height: upper.height)
        BoxFrame.draw(in: &frame, rect: left, title: "Scan to accept · \(code.id)", theme: theme, style: theme[.focus])
        let inner = left.inset(dx: 2, dy: 1)
        var lines: [(String, ThemeRole)] = []
        if let row = model.state.selectedRow, row.id == code.id {
            let verdict = row.verdict(at: model.now)
            lines += TextLayout.wrap(row.statusLine(at: model.now), width: max(1, inner.width)).map { ($0, role(of: verdict)) }
            lines.append(("", .text))
        }
        if placed != nil {
            lines += TextLayout.wrap("The holder scans the code, or opens the link below (C copies it, O opens it).",
                                     width: max(1, inner.width)).map { ($0, .text) }
        } else if let qr = code.qr {
            let need = LinkDisplay.smallestTerminal(for: qr, linkLength: code.uri.count)
            lines += TextLayout.wrap("The QR code needs a terminal of \(need.width)x\(need.height); the link is below (C copies it).",
                                     width: max(1, inner.width)).map { ($0, .muted) }
        } else {
            lines += TextLayout.wrap("The link is too long for a QR code; it is below (C copies it).",
                                     width: max(1, inner.width)).map { ($0, .muted) }
        }
        for (i, (text, role)) in lines.enumerated() where inner.y + i < inner.maxY {
            frame.write(text, at: Point(x: inner.x, y: inner.y + i), style: theme[role])
        }
        if let (qr, qrRect) = placed { LinkDisplay.drawQR(qr, into: &frame, rect: qrRect) }
        LinkDisplay.draw(linkRows, into: &frame, y: upper.maxY, style: theme[.ok])
    }

    // MARK: Bottom lines

    private func renderMessage(into frame: inout ScreenBuffer, rect: Rect) {
        frame.fill(rect, style: theme[.text])
        var text: String
        var role = ThemeRole.muted
        if let search = model.search {
            let label = " Find: "
            frame.write(label, at: Point(x: rect.x, y: rect.y), style: theme[.title])
            let width = TextLayout.width(label)
            search.render(into: &frame, rect: Rect(x: rect.x + width, y: rect.y, width: max(0, rect.width - width), height: 1),
                           theme: theme, focused: true)
            return
        }
        if let line = look.noticeLine {
            (text, role) = line
        } else if let (target, reason) = model.state.failures.sorted(by: { $0.key < $1.key }).first {
            text = "\(target) did not answer: \(reason)"
            role = .warning
        } else if !model.state.isLoaded {
            text = "Reading the history…"
        } else {
            let counts = model.state.counts(at: model.now).map { "\($0.count) \($0.word)" }.joined(separator: " · ")
            let interval = TimeText.span(model.refreshInterval)
            var when = "asking now"
            if model.state.queries.isEmpty {
                when = model.state.rows.isEmpty ? "" : "no endpoint configured here can answer for these"
            } else {
                if model.state.refreshing == nil {
                    when = model.state.lastRefresh.map { "asked \(TimeText.ago(model.now.timeIntervalSince($0)))" } ?? "not asked yet"
                }
                when += ", every \(interval) while this screen is open"
            }
            text = [counts, when].filter { !$0.isEmpty }.joined(separator: " · ")
        }
        frame.write(" " + text, at: Point(x: rect.x, y: rect.y), style: theme[role], maxWidth: rect.width, ellipsis: true)
    }

    private func renderHints(into frame: inout ScreenBuffer, rect: Rect) {
        var hints: [(String, String)] = [("Enter", model.code == nil ? "QR code" : "Hide code"), ("C", "Copy link"),
                                         ("D", "Draft"), ("S", "Send again"), ("/", "Find"), ("R", "Refresh"),
                                         ("Esc", "Back"), ("F1", "Help"), ("Ctrl-Q", "Quit")]
        if model.state.rows.isEmpty { hints = [("Esc", "Back"), ("F1", "Help"), ("Ctrl-Q", "Quit")] }
        if model.search != nil { hints = [("Enter", "Keep"), ("Esc", "Clear"), ("Up/Down", "Choose")] }
        KeyHintLine(hints: hints).render(into: &frame, rect: rect, theme: theme)
    }
}
