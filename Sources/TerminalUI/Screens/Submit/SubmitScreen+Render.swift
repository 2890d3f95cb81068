import ComposerKit
import PassCore

extension SubmitScreen {
    /// Draws the screen over the whole frame but the title row.
    func render(into frame: inout ScreenBuffer, look: ScreenLook) {
        SubmitView(model: self, look: look).render(into: &frame)
    }
}

/// The submit screen drawn: the summary, the steps, the uploads, the link and its QR code.
private struct SubmitView {
    let model: SubmitScreen
    let look: ScreenLook
    var theme: Theme { look.theme }
    var marks: Marks { look.marks }
    var phase: Int { look.phase }

    func render(into frame: inout ScreenBuffer) {
        let layout = BottomLines(size: frame.size)
        let body = Rect(x: 0, y: 1, width: frame.size.width, height: max(0, frame.size.height - 3))
        frame.fill(body, style: theme[.text])
        let state = model.state
        // The link takes rows of its own at the bottom, whole from the first column.
        let linkRows = state.response.map { LinkDisplay.rows($0.redirectURI, width: body.width) } ?? []
        let upper = Rect(x: body.x, y: body.y, width: body.width, height: max(0, body.height - linkRows.count))
        // Once every file has arrived, the QR code takes the top right when there is room for it
        // (`LinkDisplay.placeQR`, the rule of every screen). Not before: a holder who accepted now
        // would find files missing.
        let showsQR = state.phase == .done
        var left = upper
        var shownQR: (code: QRCode, rect: Rect)?
        if let qr = model.qr, showsQR, let placed = LinkDisplay.placeQR(qr, in: upper) {
            shownQR = placed
            left = Rect(x: upper.x, y: upper.y, width: placed.rect.x - 1 - upper.x, height: upper.height)
        }
        // What must show comes first: the link, the outcome, the steps; then the uploads; the summary takes the rest.
        let textWidth = max(10, left.width - 2)
        var link: [String] = []
        if let uri = state.response?.redirectURI {
            if shownQR != nil { link = TextLayout.wrap("Scan to accept: the code holds the same link.", width: textWidth) }
            if shownQR == nil, let qr = model.qr, showsQR {
                let need = LinkDisplay.smallestTerminal(for: qr, linkLength: uri.count)
                link = TextLayout.wrap("The QR code needs a terminal of \(need.width)x\(need.height); C copies the link instead.",
                                       width: textWidth)
            }
        }
        var failure: [String] = []
        if case .failed(let reason) = state.phase {
            let headline = reason.split(separator: "\n").first.map(String.init) ?? reason
            failure = TextLayout.wrap("Not sent: " + headline, width: textWidth)
        }
        // The heading of the link (and what to do without the QR code) sits right above the link's rows.
        let headingBlock = linkRows.isEmpty ? 0 : min(left.height, 1 + link.count)
        let column = Rect(x: left.x, y: left.y, width: left.width, height: max(0, left.height - headingBlock))
        let essential = 1 + failure.count + state.serverFindings.count + state.notes.count
        let uploadsWanted = state.files.isEmpty ? 0 : state.files.count * 2 + (state.files.count > 1 ? 4 : 2)
        let fields = SubmitText.summaryFields(state.summary, endpoint: model.endpoint)
        let room = column.height - essential
        let uploadsHeight = min(uploadsWanted, max(state.files.isEmpty ? 0 : 4, room - 4))
        let valueWidth = max(1, column.width - 4 - SubmitText.labelWidth)
        let summaryLines = fields.map { SubmitText.pack($0.parts, separator: $0.separator, width: valueWidth).count }
        let summaryHeight = max(3, min(room - uploadsHeight, 2 + summaryLines.reduce(0, +)))
        var y = column.y
        renderSummary(fields, into: &frame, rect: Rect(x: column.x, y: y, width: column.width, height: min(summaryHeight, column.height)))
        y += summaryHeight
        if y < column.maxY {
            renderSteps(state, into: &frame, at: Point(x: column.x + 1, y: y), width: column.width - 2)
            y += 1
        }
        if uploadsHeight > 0, y < column.maxY {
            let height = min(column.maxY - y, uploadsHeight)
            renderUploads(into: &frame, rect: Rect(x: column.x, y: y, width: column.width, height: height))
            y += height
        }
        for line in failure where y < column.maxY {
            frame.write(line, at: Point(x: column.x + 1, y: y), style: theme[.error])
            y += 1
        }
        for finding in state.serverFindings where y < column.maxY {
            frame.write("\(finding.path): \(finding.message)", at: Point(x: column.x + 3, y: y), style: theme[.error],
                        maxWidth: column.width - 4, ellipsis: true)
            y += 1
        }
        for note in state.notes where y < column.maxY {
            frame.write(note, at: Point(x: column.x + 1, y: y), style: theme[.warning], maxWidth: column.width - 2, ellipsis: true)
            y += 1
        }
        if !linkRows.isEmpty, column.maxY < left.maxY {
            y = column.maxY
            let heading = state.phase == .done ? "Hand this link to the holder:" : "The holder's link (give it once every file has arrived):"
            frame.write(heading, at: Point(x: left.x + 1, y: y), style: theme[state.phase == .done ? .title : .muted],
                        maxWidth: textWidth, ellipsis: true)
            y += 1
            for line in link where y < left.maxY {
                frame.write(line, at: Point(x: left.x + 1, y: y), style: theme[.muted], maxWidth: textWidth)
                y += 1
            }
        }
        if let (code, rect) = shownQR {
            LinkDisplay.drawQR(code, into: &frame, rect: rect)
        }
        LinkDisplay.draw(linkRows, into: &frame, y: upper.maxY, style: theme[.ok])
        renderMessage(into: &frame, rect: layout.message)
        renderHints(into: &frame, rect: layout.hints)
        if let replacing = model.replacing {
            let rect = frame.bounds.centered(Size(width: min(frame.size.width - 2, 80), height: 7))
            frame.fill(rect, style: theme[.text])
            BoxFrame.draw(in: &frame, rect: rect, title: "Replace \(model.selected?.fileName ?? "the file") with",
                          theme: theme, style: theme[.focus])
            let inner = rect.inset(dx: 2, dy: 1)
            replacing.input.render(into: &frame, rect: inner.row(1), theme: theme, focused: true)
            let note = replacing.candidates.isEmpty ? "Tab completes · Enter sends it alone · Esc cancels"
                : replacing.candidates.prefix(10).joined(separator: "  ")
            frame.write(note, at: Point(x: inner.x, y: inner.y + 3), style: theme[.muted], maxWidth: inner.width, ellipsis: true)
        }
        if let dialog = model.dialog {
            switch dialog {
            case .confirmProduction(let d), .confirmLeave(let d):
                d.render(into: &frame, rect: frame.bounds.inset(dx: 2, dy: 2), theme: theme, focused: true)
            }
        }
    }

    private func renderSummary(_ fields: [SubmitText.Field], into frame: inout ScreenBuffer, rect: Rect) {
        BoxFrame.draw(in: &frame, rect: rect, title: "What will be sent", theme: theme)
        let inner = rect.inset(dx: 2, dy: 1)
        guard inner.height > 0 else { return }
        var y = inner.y
        let labelWidth = SubmitText.labelWidth
        for (field, lines) in SubmitText.fit(fields, width: max(1, inner.width - labelWidth), budget: inner.height) {
            frame.write(field.label, at: Point(x: inner.x, y: y), style: theme[.muted])
            for line in lines where y < inner.maxY {
                frame.write(line, at: Point(x: inner.x + labelWidth, y: y), style: theme[field.warning ? .warning : .text],
                            maxWidth: inner.width - labelWidth, ellipsis: true)
                y += 1
            }
        }
    }

    private func renderSteps(_ state: SubmissionState, into frame: inout ScreenBuffer, at point: Point, width: Int) {
        let spinner = ["◐", "◓", "◑", "◒"]
        let spin = theme.glyphs == .ascii ? ["|", "/", "-", "\\"][phase % 4] : spinner[phase % 4]
        let order: [(String, [SubmissionState.Phase])] = [
            ("Authenticating", [.authenticating]), ("Sending", [.sending]), ("Uploading", [.uploading]),
            ("Done", [.done]),
        ]
        let currentIndex: Int
        switch state.phase {
        case .ready: currentIndex = -1
        case .authenticating: currentIndex = 0
        case .sending: currentIndex = 1
        case .uploading: currentIndex = 2
        case .done: currentIndex = 4
        case .incomplete: currentIndex = 2
        case .failed: currentIndex = -2
        }
        var x = point.x
        if state.phase == .ready {
            frame.write("Ready: Enter sends · Esc goes back to the composer", at: point, style: theme[.title], maxWidth: width)
            return
        }
        if case .failed = state.phase {
            frame.write("\(marks.error) Failed", at: point, style: theme[.error])
            return
        }
        var stepMarks: [(String, ThemeRole)] = []
        for i in order.indices {
            if i < currentIndex || (i == 3 && state.phase == .done) {
                stepMarks.append((marks.ok, .ok))
            } else if i == currentIndex {
                stepMarks.append(state.phase == .incomplete ? (marks.warning, .warning) : (spin, .title))
            } else {
                stepMarks.append((theme.glyphs == .ascii ? "-" : "○", .muted))
            }
        }
        let (names, arrow) = SubmitText.steps(marks: stepMarks.map(\.0), fileCount: state.files.count, width: width)
        for (i, name) in names.enumerated() {
            let (mark, role) = stepMarks[i]
            x += frame.write("\(mark) \(name)", at: Point(x: x, y: point.y), style: theme[role], maxWidth: max(0, point.x + width - x))
            if i < names.count - 1 {
                x += frame.write(arrow, at: Point(x: x, y: point.y), style: theme[.muted], maxWidth: max(0, point.x + width - x))
            }
        }
    }

    private func renderUploads(into frame: inout ScreenBuffer, rect: Rect) {
        let files = model.state.files
        let inner = rect.inset(dx: 2, dy: 1)
        let overall = files.count > 1 && inner.height >= 4
        let capacity = max(1, (inner.height - (overall ? 2 : 0)) / 2)
        // The chosen file stays in view when not every file fits.
        let first = model.selectedFile >= capacity ? model.selectedFile - capacity + 1 : 0
        let visible = Array(files.indices.dropFirst(first).prefix(capacity))
        var title = "Uploads"
        if let a = visible.first, let b = visible.last, visible.count < files.count { title += " \(a + 1)–\(b + 1) of \(files.count)" }
        BoxFrame.draw(in: &frame, rect: rect, title: title, theme: theme)
        var y = inner.y
        for index in visible where y + 1 < inner.maxY {
            let file = files[index]
            let selected = index == model.selectedFile
            let label = (selected ? String(theme.glyphs.pointer) + " " : "  ") + file.fileName + "  " + file.type.displayName
            // The detail takes its short form before the file's name is cut; the name is cut
            // before the bytes, rate and time left are.
            let room = max(12, inner.width - min(TextLayout.width(label), 14) - 1)
            let detail = TextLayout.truncate(Self.uploadDetail(file, marks: marks, width: inner.width - TextLayout.width(label) - 1),
                                             width: room)
            let bar = ProgressBar(fraction: file.fraction, label: label, detail: detail, phase: phase)
            bar.render(into: &frame, rect: Rect(x: inner.x, y: y, width: inner.width, height: 2), theme: theme, focused: selected)
            // Why the last attempt failed stays beside the bar until one succeeds.
            if let failure = Self.failedAttempt(file) {
                let barWidth = max(12, inner.width / 3)
                frame.fill(Rect(x: inner.x, y: y + 1, width: inner.width, height: 1), style: theme[.text])
                ProgressBar(fraction: file.fraction).render(into: &frame, rect: Rect(x: inner.x, y: y + 1, width: barWidth, height: 1),
                                                            theme: theme, focused: selected)
                frame.write(failure, at: Point(x: inner.x + barWidth + 1, y: y + 1), style: theme[.warning],
                            maxWidth: inner.width - barWidth - 1, ellipsis: true)
            }
            y += 2
        }
        if overall {
            let (sent, total) = model.state.overall
            let fraction = total > 0 ? Double(sent) / Double(total) : 0
            let room = max(12, inner.width - 12)
            let long = ProgressDetail.text(sent: sent, total: total, bytesPerSecond: model.state.overallRate)
            let detail = TextLayout.width(long) <= room ? long
                : ProgressDetail.text(sent: sent, total: total, bytesPerSecond: model.state.overallRate, short: true)
            let bar = ProgressBar(fraction: fraction, label: "  All files", detail: detail)
            bar.render(into: &frame, rect: Rect(x: inner.x, y: min(y, inner.maxY - 2), width: inner.width, height: 2),
                       theme: theme, focused: false)
        }
    }

    /// What a file's bar says beside its name in at most `width` cells when it can: waiting,
    /// bytes with rate and time left (in their short forms when the long ones do not fit), the
    /// attempt under way, the outcome.
    static func uploadDetail(_ file: SubmissionState.FileProgress, marks: Marks, width: Int = .max) -> String {
        let retried = file.attempt > 1 ? "on attempt \(file.attempt)" : nil
        switch file.state {
        case .waiting:
            return "waiting"
        case .uploading:
            // Every byte handed to the connection: the store has yet to say it has them all.
            if file.total.map({ file.sent >= $0 && $0 > 0 }) == true {
                return ProgressDetail.bytes(file.sent) + " sent · waiting for the store"
            }
            let attempt = file.attempt > 1 ? "retrying: attempt \(file.attempt) · " : ""
            let long = attempt + ProgressDetail.text(sent: file.sent, total: file.total, bytesPerSecond: file.rate)
            if TextLayout.width(long) <= width { return long }
            return (file.attempt > 1 ? "try \(file.attempt) · " : "")
                + ProgressDetail.text(sent: file.sent, total: file.total, bytesPerSecond: file.rate, short: true)
        case .retrying(let attempt, let reason, let delay):
            let long = "attempt \(attempt) failed (\(reason)); retrying in \(shortDuration(delay))"
            return TextLayout.width(long) <= width ? long : "attempt \(attempt) failed; retrying in \(shortDuration(delay))"
        case .arrived:
            return "\(marks.ok) arrived · " + ProgressDetail.bytes(file.total ?? file.sent) + (retried.map { " · \($0)" } ?? "")
        case .failed(let reason, _, let expired):
            return "\(marks.error) " + (expired ? "link expired: S submits again for new links" : "\(reason) · R retries it alone")
        }
    }

    /// Why the previous attempt failed, while the next is under way or waits.
    static func failedAttempt(_ file: SubmissionState.FileProgress) -> String? {
        guard let reason = file.lastFailure else { return nil }
        switch file.state {
        case .uploading, .retrying: return "attempt \(file.attempt - 1) failed: \(reason)"
        default: return nil
        }
    }

    /// `0.4 s` below ten seconds, else `m:ss`.
    static func shortDuration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds < 10 else { return ProgressDetail.duration(seconds: seconds) }
        let tenths = Int((max(0, seconds) * 10).rounded(.up))
        return "\(tenths / 10).\(tenths % 10) s"
    }

    private func renderMessage(into frame: inout ScreenBuffer, rect: Rect) {
        frame.fill(rect, style: theme[.text])
        var text = ""
        var role = ThemeRole.muted
        if let line = look.noticeLine {
            (text, role) = line
        } else {
            switch model.state.phase {
            case .ready: text = "Check the summary, then Enter sends it."
            case .authenticating, .sending:
                if let retry = model.state.apiRetry {
                    text = "Attempt \(retry.attempt) of \(retry.maxAttempts) failed (\(retry.cause)); trying again in "
                        + Self.shortDuration(retry.delay.inSeconds) + "."
                    role = .warning
                } else {
                    text = model.state.phase == .sending ? "Sending the request body…" : "Getting a token for the scopes this request needs…"
                }
            case .uploading: text = "Uploading each file straight from disk."
            case .done: text = "Everything arrived. C copies the link, O opens it."
            case .incomplete: text = "Some files did not arrive: R retries the chosen one, F replaces it, S submits again."
            case .failed: text = "Enter tries again; Esc goes back to fix the document."
            }
        }
        frame.write(" " + text, at: Point(x: rect.x, y: rect.y), style: theme[role], maxWidth: rect.width, ellipsis: true)
    }

    private func renderHints(into frame: inout ScreenBuffer, rect: Rect) {
        var hints: [(String, String)] = []
        switch model.state.phase {
        case .ready: hints = [("Enter", "Send"), ("Esc", "Back")]
        case .authenticating, .sending, .uploading: hints = [("Esc", "Stop"), ("Up/Down", "File")]
        case .done: hints = [("C", "Copy link"), ("O", "Open"), ("H", "History"), ("Esc", "Back")]
        case .incomplete: hints = [("R", "Retry file"), ("F", "Replace file"), ("S", "Submit again"), ("C", "Copy link"), ("Esc", "Back")]
        case .failed: hints = [("Enter", "Try again"), ("Esc", "Back to the form")]
        }
        hints += [("F1", "Help"), ("Ctrl-Q", "Quit")]
        KeyHintLine(hints: hints).render(into: &frame, rect: rect, theme: theme)
    }
}
