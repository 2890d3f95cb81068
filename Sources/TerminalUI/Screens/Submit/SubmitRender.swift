import ComposerKit
import PassCore

extension ComposerProgram {
    func renderScreen(into frame: inout ScreenBuffer) {
        switch screen {
        case .compose:
            break
        case .submit(let model):
            renderSubmit(model, into: &frame)
        case .faults(let menu):
            renderFaults(menu, into: &frame)
        case .endpoints(let menu):
            renderEndpoints(menu, into: &frame)
        case .history(let model):
            renderHistory(model, into: &frame)
        }
    }

    // MARK: Submit

    private func renderSubmit(_ model: SubmitModel, into frame: inout ScreenBuffer) {
        let layout = self.layout
        let body = Rect(x: 0, y: 1, width: frame.size.width, height: max(0, frame.size.height - 3))
        frame.fill(body, style: theme[.text])
        let state = model.state
        // The QR code takes the right side once there is a redirect URI and room for it.
        var left = body
        var qrRect: Rect?
        if let qr = model.qr {
            let need = qr.cellSize
            if body.width - need.width - 2 >= 46, body.height >= need.height + 2 {
                let (l, r) = body.splitLeft(body.width - need.width - 2)
                left = l
                qrRect = r
            }
        }
        var y = left.y
        let summaryHeight = 6 + (state.summary.files.isEmpty ? 0 : 1)
        let summaryRect = Rect(x: left.x, y: y, width: left.width, height: min(summaryHeight, left.height))
        renderSummary(model, into: &frame, rect: summaryRect)
        y += summaryRect.height
        if y < left.maxY {
            renderSteps(state, into: &frame, at: Point(x: left.x + 1, y: y), width: left.width - 2)
            y += 1
        }
        if !state.files.isEmpty, y < left.maxY {
            let height = min(left.maxY - y, state.files.count * 2 + 4)
            renderUploads(model, into: &frame, rect: Rect(x: left.x, y: y, width: left.width, height: height))
            y += height
        }
        if let uri = state.response?.redirectURI, y < left.maxY {
            frame.write("Hand this link to the holder:", at: Point(x: left.x + 1, y: y), style: theme[.title])
            y += 1
            for line in Self.wrapURI(uri, width: max(10, left.width - 2)) where y < left.maxY {
                frame.write(line, at: Point(x: left.x + 1, y: y), style: theme[.ok])
                y += 1
            }
            if qrRect == nil, let qr = model.qr, y < left.maxY {
                let need = qr.cellSize
                frame.write("The QR code needs \(need.width + 2)x\(need.height + 4) cells beside this; enlarge the terminal, or C copies the link.",
                            at: Point(x: left.x + 1, y: y), style: theme[.muted], maxWidth: left.width - 2, ellipsis: true)
                y += 1
            }
        }
        if case .failed(let reason) = state.phase, y < left.maxY {
            for line in TextLayout.wrap("Not sent: " + reason, width: max(10, left.width - 2)) where y < left.maxY {
                frame.write(line, at: Point(x: left.x + 1, y: y), style: theme[.error])
                y += 1
            }
            for finding in state.serverFindings.prefix(max(0, left.maxY - y - 1)) {
                frame.write("\(finding.path): \(finding.message)", at: Point(x: left.x + 3, y: y), style: theme[.error],
                            maxWidth: left.width - 4, ellipsis: true)
                y += 1
            }
        }
        for note in state.notes where y < left.maxY {
            frame.write(note, at: Point(x: left.x + 1, y: y), style: theme[.warning], maxWidth: left.width - 2, ellipsis: true)
            y += 1
        }
        if let qr = model.qr, var qrRect {
            qrRect.height = min(qrRect.height, qr.cellSize.height + 2)
            BoxFrame.draw(in: &frame, rect: qrRect, title: "Scan to accept", theme: theme)
            var qrStyle = Style(foreground: .indexed(15), background: .indexed(0))
            qrStyle.attributes = []
            for (i, line) in qr.halfBlockLines.enumerated() where qrRect.y + 1 + i < qrRect.maxY - 1 {
                frame.write(line, at: Point(x: qrRect.x + 1, y: qrRect.y + 1 + i), style: qrStyle)
            }
        }
        renderSubmitMessage(model, into: &frame, rect: layout.message)
        renderSubmitHints(model, into: &frame, rect: layout.hints)
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

    /// The URI cut into lines of `width`, at no particular boundary (a URI has no spaces).
    static func wrapURI(_ uri: String, width: Int) -> [String] {
        var lines: [String] = []
        var rest = Substring(uri)
        while !rest.isEmpty {
            lines.append(String(rest.prefix(width)))
            rest = rest.dropFirst(width)
        }
        return lines
    }

    private func renderSummary(_ model: SubmitModel, into frame: inout ScreenBuffer, rect: Rect) {
        let summary = model.state.summary
        BoxFrame.draw(in: &frame, rect: rect, title: "What will be sent", theme: theme)
        let inner = rect.inset(dx: 2, dy: 1)
        var y = inner.y
        func line(_ label: String, _ text: String, _ role: ThemeRole = .text) {
            guard y < inner.maxY else { return }
            frame.write(label, at: Point(x: inner.x, y: y), style: theme[.muted])
            frame.write(text, at: Point(x: inner.x + 10, y: y), style: theme[role], maxWidth: inner.width - 10, ellipsis: true)
            y += 1
        }
        let endpoint = model.endpoint
        line("To", endpoint.baseURL + " · " + endpoint.label, endpoint.isProduction ? .warning : .text)
        line("Request", "\(summary.requestID) · \(summary.kind.noun) · \(ByteCount.text(summary.bodySize))")
        line("Contents", summary.counts.map { "\($0.count) \($0.title)" }.joined(separator: " · "))
        line("Scopes", summary.scopes.joined(separator: " "))
        if !summary.files.isEmpty {
            line("Files", summary.files.map { file in
                let name = file.path.lastPathComponent
                let size = file.size.map { ", " + ByteCount.text($0) } ?? ""
                return "\(name) (\(file.type.displayName)\(size))"
            }.joined(separator: " · "))
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
        for (i, (name, _)) in order.enumerated() {
            let mark: String
            let role: ThemeRole
            if i < currentIndex || (i == 3 && state.phase == .done) {
                mark = marks.ok
                role = .ok
            } else if i == currentIndex {
                mark = state.phase == .incomplete ? marks.warning : spin
                role = state.phase == .incomplete ? .warning : .title
            } else {
                mark = "○"
                role = .muted
            }
            let text = "\(mark) \(name)" + (i == 2 && !state.files.isEmpty ? " \(state.files.count) file\(state.files.count == 1 ? "" : "s")" : "")
            x += frame.write(text, at: Point(x: x, y: point.y), style: theme[role], maxWidth: max(0, point.x + width - x))
            if i < order.count - 1 { x += frame.write("  →  ", at: Point(x: x, y: point.y), style: theme[.muted]) }
        }
    }

    private func renderUploads(_ model: SubmitModel, into frame: inout ScreenBuffer, rect: Rect) {
        BoxFrame.draw(in: &frame, rect: rect, title: "Uploads", theme: theme)
        let inner = rect.inset(dx: 2, dy: 1)
        var y = inner.y
        for (index, file) in model.state.files.enumerated() where y + 1 < inner.maxY {
            let selected = index == model.selectedFile
            let label = (selected ? String(theme.glyphs.pointer) + " " : "  ") + file.fileName + "  " + file.type.displayName
            let detail: String
            switch file.state {
            case .waiting: detail = "waiting"
            case .uploading:
                detail = ProgressDetail.text(sent: file.sent, total: file.total, bytesPerSecond: file.rate)
            case .retrying(let attempt, let reason, let delay):
                detail = "attempt \(attempt) failed (\(reason)); retrying in \(ProgressDetail.duration(seconds: delay))"
            case .arrived:
                detail = "\(marks.ok) arrived · " + ProgressDetail.bytes(file.total ?? file.sent)
            case .failed(let reason, _, let expired):
                detail = "\(marks.error) " + (expired ? "link expired: S submits again for new links" : "\(reason) · R retries it alone")
            }
            let bar = ProgressBar(fraction: file.fraction, label: label, detail: detail, phase: phase)
            bar.render(into: &frame, rect: Rect(x: inner.x, y: y, width: inner.width, height: 2), theme: theme, focused: selected)
            y += 2
        }
        if model.state.files.count > 1, y + 1 < inner.maxY + 1 {
            let (sent, total) = model.state.overall
            let fraction = total > 0 ? Double(sent) / Double(total) : 0
            let rate = model.state.files.compactMap(\.rate).reduce(0, +)
            let bar = ProgressBar(fraction: fraction, label: "  All files",
                                  detail: ProgressDetail.text(sent: sent, total: total, bytesPerSecond: rate > 0 ? rate : nil))
            bar.render(into: &frame, rect: Rect(x: inner.x, y: min(y, inner.maxY - 2), width: inner.width, height: 2),
                       theme: theme, focused: false)
        }
    }

    private func renderSubmitMessage(_ model: SubmitModel, into frame: inout ScreenBuffer, rect: Rect) {
        frame.fill(rect, style: theme[.text])
        var text = ""
        var role = ThemeRole.muted
        if let notice = state.notice {
            text = notice.text
            role = notice.level == .error ? .error : (notice.level == .warning ? .warning : .text)
        } else {
            switch model.state.phase {
            case .ready: text = "Check the summary, then Enter sends it."
            case .authenticating: text = "Getting a token for the scopes this request needs…"
            case .sending: text = "Sending the request body…"
            case .uploading: text = "Uploading each file straight from disk."
            case .done: text = "Everything arrived. C copies the link, O opens it."
            case .incomplete: text = "Some files did not arrive: R retries the chosen one, F replaces it, S submits again."
            case .failed: text = "Enter tries again; Esc goes back to fix the document."
            }
        }
        frame.write(" " + text, at: Point(x: rect.x, y: rect.y), style: theme[role], maxWidth: rect.width, ellipsis: true)
    }

    private func renderSubmitHints(_ model: SubmitModel, into frame: inout ScreenBuffer, rect: Rect) {
        frame.fill(rect, style: theme[.text])
        var hints: [(String, String)] = []
        switch model.state.phase {
        case .ready: hints = [("Enter", "Send"), ("Esc", "Back")]
        case .authenticating, .sending, .uploading: hints = [("Esc", "Stop"), ("Up/Down", "File")]
        case .done: hints = [("C", "Copy link"), ("O", "Open"), ("H", "History"), ("Esc", "Back")]
        case .incomplete: hints = [("R", "Retry file"), ("F", "Replace file"), ("S", "Submit again"), ("C", "Copy link"), ("Esc", "Back")]
        case .failed: hints = [("Enter", "Try again"), ("Esc", "Back to the form")]
        }
        hints += [("F1", "Help"), ("Ctrl-Q", "Quit")]
        var x = rect.x
        for (keys, text) in hints {
            x += 1
            x += frame.write(keys, at: Point(x: x, y: rect.y), style: theme[.title])
            x += 1
            x += frame.write(text, at: Point(x: x, y: rect.y), style: theme[.muted])
            x += 1
        }
    }

    // MARK: Faults and endpoints

    private func renderFaults(_ menu: FaultsMenu, into frame: inout ScreenBuffer) {
        let rect = frame.bounds.centered(Size(width: min(frame.size.width - 2, 76), height: min(frame.size.height - 2, 14)))
        frame.fill(rect, style: theme[.text])
        BoxFrame.draw(in: &frame, rect: rect, title: "Demo faults — embedded sandbox", theme: theme, style: theme[.focus])
        let inner = rect.inset(dx: 2, dy: 1)
        if menu.loading {
            frame.write("Reading the sandbox…", at: Point(x: inner.x, y: inner.y), style: theme[.muted])
            return
        }
        for (i, fault) in menu.faults.enumerated() where inner.y + i < inner.maxY - 1 {
            let style = i == menu.selected ? theme[.focus] : theme[.text]
            if i == menu.selected { frame.fill(inner.row(i), style: style) }
            let box = fault.isOn ? theme.glyphs.checkOn : theme.glyphs.checkOff
            frame.write("\(box) \(fault.title)", at: Point(x: inner.x, y: inner.y + i), style: style, maxWidth: inner.width,
                        ellipsis: true)
        }
        frame.write("Space switches · Esc closes · the next submission shows the recovery",
                    at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted], maxWidth: inner.width, ellipsis: true)
    }

    private func renderEndpoints(_ menu: EndpointMenu, into frame: inout ScreenBuffer) {
        let rect = frame.bounds.centered(Size(width: min(frame.size.width - 2, 90), height: min(frame.size.height - 2, menu.choices.count + 5)))
        frame.fill(rect, style: theme[.text])
        BoxFrame.draw(in: &frame, rect: rect, title: "Where requests go", theme: theme, style: theme[.focus])
        let inner = rect.inset(dx: 2, dy: 1)
        for (i, choice) in menu.choices.enumerated() where inner.y + i < inner.maxY - 1 {
            let style = i == menu.selected ? theme[.focus] : theme[choice.isProduction ? .warning : .text]
            if i == menu.selected { frame.fill(inner.row(i), style: style) }
            let current = choice.id == endpoint?.id ? " (current)" : ""
            frame.write("\(choice.id)\(current) — \(choice.baseURL)", at: Point(x: inner.x, y: inner.y + i), style: style,
                        maxWidth: inner.width, ellipsis: true)
        }
        frame.write("Enter chooses · Esc keeps the current one", at: Point(x: inner.x, y: inner.maxY - 1), style: theme[.muted])
        if let dialog = menu.confirm {
            dialog.render(into: &frame, rect: frame.bounds.inset(dx: 2, dy: 2), theme: theme, focused: true)
        }
    }
}
