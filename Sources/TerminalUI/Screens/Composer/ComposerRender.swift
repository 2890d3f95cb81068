import ComposerKit
import PassCore

extension ComposerProgram {
    public func render(into frame: inout ScreenBuffer) {
        let layout = self.layout
        renderTitle(into: &frame, rect: layout.title)
        if !isComposing {
            if !isFullScreen { renderComposer(into: &frame, layout: layout) }
            renderScreen(into: &frame)
            if let overlay { renderOverlay(overlay, into: &frame) }
            if let question = state.question { renderQuestion(question, into: &frame) }
            return
        }
        renderComposer(into: &frame, layout: layout)
        if let overlay = compose.overlay { renderComposeOverlay(overlay, into: &frame) }
        if let overlay { renderOverlay(overlay, into: &frame) }
        if let question = state.question { renderQuestion(question, into: &frame) }
    }

    /// Screens that take the whole window rather than sitting over the composer.
    private var isFullScreen: Bool {
        switch screen {
        case .submit, .history: true
        default: false
        }
    }

    private func renderComposer(into frame: inout ScreenBuffer, layout: ComposerLayout) {
        renderOutline(into: &frame, rect: layout.outline)
        if !layout.form.isEmpty { renderForm(into: &frame, rect: layout.form) }
        if !layout.preview.isEmpty { renderPreview(into: &frame, rect: layout.preview) }
        renderMessage(into: &frame, rect: layout.message)
        renderHints(into: &frame, rect: layout.hints)
    }

    // MARK: Title and bottom lines

    private func renderTitle(into frame: inout ScreenBuffer, rect: Rect) {
        frame.fill(rect, style: theme[.selection])
        let document = state.document
        let name = document.filePath.map(\.lastPathComponent) ?? document.requestID
        var text = " seekpass-composer · \(document.kind.title) · \(name)"
        if case .submit = screen { text = " Submit · \(document.requestID)" }
        if case .history = screen { text = " seekpass-composer · Sent requests" }
        let status: String
        if state.hasUnsavedChanges {
            status = "● not saved to a file "
        } else if let file = document.filePath, !file.isEmpty {
            status = "saved "
        } else {
            status = "new "
        }
        // Where requests go is always said (SANDBOX at the least); it is shortened before the
        // document's name is cut, and the name is cut before the endpoint is dropped.
        let label = endpoint?.label ?? environment.endpointLabel
        let shortLabel = label.firstRange(of: " — ").map { String(label[..<$0.lowerBound]) } ?? label
        let candidates = [label, shortLabel].filter { !$0.isEmpty }.map { $0 + " · " + status }
        let room = { (right: String) in rect.width - TextLayout.width(right) - 1 }
        let right = candidates.first { room($0) >= TextLayout.width(text) }
            ?? candidates.last.flatMap { room($0) >= min(TextLayout.width(text), 30) ? $0 : nil } ?? status
        let rightWidth = TextLayout.width(right)
        // A failed save or drafts that cannot be written stay said here until put right.
        let warning = isComposing ? state.lastingWarning : nil
        frame.write(warning.map { " " + $0 } ?? text, at: Point(x: rect.x, y: rect.y),
                    style: warning == nil ? theme[.selection] : theme[.error], maxWidth: rect.width - rightWidth - 1,
                    ellipsis: true)
        frame.write(right, at: Point(x: rect.maxX - rightWidth, y: rect.y), style: theme[.selection])
    }

    private func renderMessage(into frame: inout ScreenBuffer, rect: Rect) {
        frame.fill(rect, style: theme[.text])
        var text = ""
        var role = ThemeRole.muted
        if let notice = state.notice {
            text = notice.text
            switch notice.level {
            case .info: role = .text
            case .warning: role = .warning
            case .error: role = .error
            }
        } else if pane == .form, let row = state.focusedRow {
            if let finding = state.findings(at: row.path).first {
                text = finding.message
                role = finding.isError ? .error : .warning
            } else {
                text = row.help
            }
        } else if state.focus == .addCredential {
            text = "Enter or F7 adds a credential · Up goes back to the credentials"
        } else if pane == .outline {
            text = "Up/Down choose a credential · Enter edits it · F7 adds one · F8 deletes it"
        } else if pane == .preview {
            text = "The exact bytes that will be sent · PgUp/PgDn and Left/Right scroll · F5 back to the form"
        }
        frame.write(" " + text, at: Point(x: rect.x, y: rect.y), style: theme[role], maxWidth: rect.width, ellipsis: true)
    }

    private func renderHints(into frame: inout ScreenBuffer, rect: Rect) {
        frame.fill(rect, style: theme[.text])
        let errors = state.errorCount, warnings = state.warningCount
        let counts: String
        let role: ThemeRole
        if errors > 0 {
            counts = "\(marks.error) \(errors) error\(errors == 1 ? "" : "s")" + (warnings > 0 ? " · \(warnings) warning\(warnings == 1 ? "" : "s")" : "")
            role = .error
        } else if state.assetsWithoutFiles > 0 {
            let n = state.assetsWithoutFiles
            counts = "\(n) file\(n == 1 ? "" : "s") to choose"
            role = .warning
        } else if warnings > 0 {
            counts = "\(warnings) warning\(warnings == 1 ? "" : "s") · ready to send"
            role = .warning
        } else {
            counts = "ready to send"
            role = .ok
        }
        let countsX = rect.maxX - TextLayout.width(counts)
        frame.write(counts, at: Point(x: countsX, y: rect.y), style: theme[role])
        var x = rect.x
        for (keys, text) in hints(fitting: countsX - 2 - rect.x) {
            x += 1
            x += frame.write(keys, at: Point(x: x, y: rect.y), style: theme[.title])
            x += 1
            x += frame.write(text, at: Point(x: x, y: rect.y), style: theme[.muted])
        }
    }

    // MARK: Outline

    private func renderOutline(into frame: inout ScreenBuffer, rect: Rect) {
        let focused = pane == .outline
        BoxFrame.draw(in: &frame, rect: rect, title: state.document.kind == .batch ? "Credentials" : state.document.kind.title,
                      theme: theme, style: focused ? theme[.focus] : nil)
        let body = rect.inset(dx: 1, dy: 1)
        guard !body.isEmpty else { return }
        var lines: [(text: String, ref: ItemRef?, badge: (String, ThemeRole)?, depth: Int)] = []
        var addLine: Int?
        let entries = state.outline
        func badge(_ entry: OutlineEntry) -> (String, ThemeRole) {
            if entry.errors > 0 { return ("\(marks.error)\(entry.errors)", .error) }
            if entry.warnings > 0 { return ("\(marks.warning)\(entry.warnings)", .warning) }
            return (marks.ok, .ok)
        }
        if state.document.kind == .batch {
            for entry in entries where entry.ref == .holder {
                lines.append(("Holder", nil, nil, 0))
                lines.append((entry.title, entry.ref, badge(entry), 1))
            }
            for section in BatchSection.allCases where section != .digitalIdentity {
                let items = entries.filter { $0.ref.section == section && $0.ref != .holder }
                lines.append(("\(section.shortTitle) (\(items.count))", nil, nil, 0))
                for entry in items { lines.append((entry.title, entry.ref, badge(entry), 1)) }
            }
            addLine = lines.count
            lines.append(("F7 adds a credential", nil, nil, 0))
        } else {
            for entry in entries { lines.append((entry.title, entry.ref, badge(entry), 0)) }
        }
        let onAddLine = state.focus == .addCredential
        let selectedLine = onAddLine ? (addLine ?? 0) : (lines.firstIndex { $0.ref == state.selection } ?? 0)
        let top = max(0, min(selectedLine - body.height / 2, lines.count - body.height))
        for (offset, line) in lines.dropFirst(top).prefix(body.height).enumerated() {
            let y = body.y + offset
            let row = Rect(x: body.x, y: y, width: body.width, height: 1)
            let isAddLine = top + offset == addLine
            let isSelected = onAddLine ? isAddLine : (line.ref != nil && line.ref == state.selection)
            let style: Style
            if isSelected {
                style = focused ? theme[.focus] : theme[.selection]
                frame.fill(row, style: style)
            } else {
                style = line.ref == nil ? (line.text.hasPrefix("F7") ? theme[.muted] : theme[.title]) : theme[.text]
            }
            let badgeWidth = line.badge.map { TextLayout.width($0.0) + 1 } ?? 0
            let indent = line.depth * 2
            let prefix = isSelected ? String(theme.glyphs.pointer) + " " : "  "
            frame.write((line.ref == nil && !(isAddLine && isSelected) ? "" : prefix) + line.text, at: Point(x: body.x + indent, y: y), style: style,
                        maxWidth: body.width - indent - badgeWidth, ellipsis: true)
            if let (text, role) = line.badge {
                var badgeStyle = theme[role]
                if isSelected { badgeStyle.background = style.background }
                frame.write(text, at: Point(x: body.maxX - badgeWidth + 1, y: y), style: badgeStyle)
            }
        }
    }

    // MARK: Form

    /// One screen line of the form: a row, or a finding or note under it.
    struct FormLine {
        enum Kind { case row(Int), finding(Finding), note(String, ThemeRole) }
        var kind: Kind
        var text: String
    }

    func formLines(width: Int) -> [FormLine] {
        var lines: [FormLine] = []
        let messageWidth = max(10, width - Self.findingIndent)
        let rows = state.rows
        let focusIndex = state.focusedIndex
        let completions = state.completions
        for (index, row) in rows.enumerated() {
            lines.append(FormLine(kind: .row(index), text: ""))
            let findings = row.control == .heading || isRecordHeader(row) ? [] : state.findings(at: row.path)
            for finding in findings {
                let glyph = finding.isError ? marks.error : marks.warning
                for (i, part) in TextLayout.wrap(finding.message, width: messageWidth - 2).enumerated() {
                    lines.append(FormLine(kind: .finding(finding), text: (i == 0 ? glyph + " " : "  ") + part))
                }
            }
            if index == focusIndex, !completions.isEmpty {
                let text = completions.prefix(8).joined(separator: "  ") + (completions.count > 8 ? "  …" : "")
                lines.append(FormLine(kind: .note(text, .muted), text: text))
            }
        }
        return lines
    }

    private func isRecordHeader(_ row: FormRow) -> Bool {
        if case .record = row.control { return true }
        if case .add = row.control { return true }
        return false
    }

    private func renderForm(into frame: inout ScreenBuffer, rect: Rect) {
        let focused = pane == .form
        BoxFrame.draw(in: &frame, rect: rect, title: formTitle, theme: theme, style: focused ? theme[.focus] : nil)
        let body = rect.inset(dx: 1, dy: 1)
        guard body.width > 4, body.height > 0 else { return }
        let lines = formLines(width: body.width)
        let rows = state.rows
        let focusIndex = state.focusedIndex ?? -1
        let focusStart = lines.firstIndex { if case .row(let i) = $0.kind { return i == focusIndex }; return false } ?? 0
        var focusEnd = focusStart
        while focusEnd + 1 < lines.count {
            if case .row = lines[focusEnd + 1].kind { break }
            focusEnd += 1
        }
        let top: Int
        if focusEnd < body.height { top = 0 } else { top = max(0, min(focusStart - body.height / 3, lines.count - body.height)) }
        let labelWidth = Self.labelWidth(for: body.width)
        for (offset, line) in lines.dropFirst(top).prefix(body.height).enumerated() {
            let y = body.y + offset
            switch line.kind {
            case .row(let index):
                renderRow(rows[index], focused: focused && index == focusIndex, into: &frame,
                          x: body.x, y: y, width: body.width, labelWidth: labelWidth)
            case .finding(let finding):
                let indent = Self.findingIndent
                frame.write(line.text, at: Point(x: body.x + indent, y: y), style: theme[finding.isError ? .error : .warning],
                            maxWidth: body.width - indent, ellipsis: true)
            case .note(let text, let role):
                let indent = labelWidth + 1
                frame.write(text, at: Point(x: body.x + indent, y: y), style: theme[role], maxWidth: body.width - indent,
                            ellipsis: true)
            }
        }
        if top > 0 {
            frame.write(String(theme.glyphs.scrollUp), at: Point(x: rect.maxX - 1, y: rect.y + 1), style: theme[.muted])
        }
        if top + body.height < lines.count {
            frame.write(String(theme.glyphs.scrollDown), at: Point(x: rect.maxX - 1, y: rect.maxY - 2), style: theme[.muted])
        }
    }

    /// Where a finding starts under its field: under the label, so that messages get most of
    /// the width and take fewer lines (at 80x24 more of the form stays on screen).
    static let findingIndent = 3

    /// Wide enough for the longest label ("Singapore work rights *") in an 80-column terminal.
    static func labelWidth(for width: Int) -> Int {
        min(24, max(12, width * 3 / 7))
    }

    var formTitle: String {
        switch state.selection {
        case .holder: return "Holder (digital identity)"
        case .root: return state.document.kind.title
        case .item(let section, let index):
            let count = state.document.count(of: section)
            let position = index.map { " \($0 + 1) of \(count)" } ?? ""
            return section.title + position
        }
    }

    private func renderRow(_ row: FormRow, focused: Bool, into frame: inout ScreenBuffer,
                           x: Int, y: Int, width: Int, labelWidth: Int) {
        let indent = min(row.depth * 2 + 1, labelWidth / 2)
        let value = state.document.value[path: row.path]
        let editor = focused ? FieldEditor(row: row, state: state) : nil
        let locked = row.isGeneratedID && state.unlockedID != row.id
        let valueX = x + labelWidth + 1
        let valueRect = Rect(x: valueX, y: y, width: max(0, x + width - valueX), height: 1)
        let rowFindings = state.findings(at: row.path)
        let labelRole: ThemeRole = rowFindings.contains(where: \.isError) ? .error
            : (rowFindings.isEmpty ? .text : .warning)
        func label(_ text: String, role: ThemeRole = .text, width: Int? = nil) {
            let style = focused && (editor == nil || locked) ? theme[.focus] : theme[role]
            if focused {
                frame.write(String(theme.glyphs.pointer), at: Point(x: x, y: y), style: theme[.focus])
            }
            frame.write(text, at: Point(x: x + max(indent, 1), y: y), style: style,
                        maxWidth: (width ?? labelWidth) - max(indent, 1), ellipsis: true)
        }
        switch row.control {
        case .heading:
            var text = row.label
            if let count = value?.arrayValue?.count { text += " (\(count))" }
            frame.write(text, at: Point(x: x + indent, y: y), style: theme[.title], maxWidth: width - indent, ellipsis: true)
            if let finding = rowFindings.first {
                let shown = (finding.isError ? marks.error : marks.warning) + " " + finding.message
                let start = x + indent + TextLayout.width(text) + 2
                frame.write(shown, at: Point(x: start, y: y), style: theme[finding.isError ? .error : .warning],
                            maxWidth: max(0, x + width - start), ellipsis: true)
            }
        case .record:
            label(String(theme.glyphs.pointer) + " " + row.label, role: labelRole, width: width)
        case .add:
            label("+ " + row.label, role: .muted, width: width)
        case .json:
            label(row.label + (row.isRequired ? " *" : ""), role: labelRole)
            let summary: String
            if let value, case .object(let object) = value {
                let subjects = object["subjects"]?.arrayValue?.count ?? 0
                let issued = object["overall"]?["issuance_date"]?.stringValue ?? "no date"
                summary = "\(subjects) subject\(subjects == 1 ? "" : "s"), issued \(issued) — Enter edits the JSON"
            } else {
                summary = "— none; Enter adds one as JSON"
            }
            frame.write(summary, at: Point(x: valueRect.x, y: y), style: theme[focused ? .focus : .field], clip: valueRect, ellipsis: true)
        case .unknownKey:
            label(row.label, role: .error)
            let text = value.map { JSONWriter.string($0).replacing("\n", with: " ") } ?? ""
            frame.write(text + "  (F8 removes)", at: Point(x: valueRect.x, y: y), style: theme[focused ? .focus : .muted],
                        clip: valueRect, ellipsis: true)
        default:
            label(row.label + (row.isRequired ? " *" : ""), role: labelRole)
            if focused, let editor, !locked {
                var editorRect = valueRect
                var suffix = ""
                if case .assetFile(let assetID, _) = row.control { suffix = fileSummary(assetID) }
                if case .openCertFile = row.control { suffix = openCertSummary() }
                let suffixWidth = suffix.isEmpty ? 0 : min(valueRect.width / 2, TextLayout.width(suffix) + 1)
                editorRect.width -= suffixWidth
                editor.render(into: &frame, rect: editorRect, theme: theme, focused: true)
                if suffixWidth > 0 {
                    frame.write(" " + suffix, at: Point(x: editorRect.maxX, y: y), style: theme[.muted],
                                maxWidth: suffixWidth, ellipsis: true)
                }
            } else {
                frame.write(displayValue(row, value), at: Point(x: valueRect.x, y: y), style: valueStyle(row, value),
                            clip: valueRect, ellipsis: true)
            }
        }
    }

    private func displayValue(_ row: FormRow, _ value: JSONValue?) -> String {
        switch row.control {
        case .toggle:
            switch value?.boolValue {
            case true?: return "Yes"
            case false?: return "No"
            case nil: return "—"
            }
        case .choice:
            return value?.stringValue ?? "—"
        case .assetFile(let assetID, _):
            let path = state.document.assetFiles[assetID] ?? ""
            let summary = fileSummary(assetID)
            return path.isEmpty ? (row.placeholder ?? "") : path + (summary.isEmpty ? "" : "  " + summary)
        case .openCertFile:
            let summary = openCertSummary()
            return summary.isEmpty ? (row.placeholder ?? "") : summary
        default:
            let text = FieldText.text(of: value)
            if text.isEmpty { return value == nil ? (row.placeholder.map { "e.g. " + $0 } ?? "") : "" }
            return text
        }
    }

    private func valueStyle(_ row: FormRow, _ value: JSONValue?) -> Style {
        switch row.control {
        case .assetFile(let assetID, _):
            return (state.document.assetFiles[assetID] ?? "").isEmpty ? theme[.muted] : theme[.field]
        case .openCertFile:
            return value?.stringValue == nil ? theme[.muted] : theme[.field]
        case .toggle, .choice:
            return theme[.field]
        default:
            return value == nil ? theme[.muted] : theme[.field]
        }
    }

    func fileSummary(_ assetID: String) -> String {
        guard let inspection = state.inspections[assetID] else { return "" }
        if let problem = inspection.problem { return marks.error + " " + problem }
        var parts: [String] = []
        if let type = inspection.detectedType { parts.append(state.openCertSummary(forAsset: assetID) ?? type.displayName) }
        if let size = inspection.size { parts.append(ByteCount.text(size)) }
        return parts.joined(separator: " · ")
    }

    func openCertSummary() -> String {
        state.openCertSummary ?? ""
    }

    // MARK: Preview

    private func renderPreview(into frame: inout ScreenBuffer, rect: Rect) {
        let focused = pane == .preview
        let title = "Preview · \(ByteCount.text(state.body.count)) · exactly what is sent"
        BoxFrame.draw(in: &frame, rect: rect, title: title, theme: theme, style: focused ? theme[.focus] : nil)
        let body = rect.inset(dx: 1, dy: 1)
        guard !body.isEmpty else { return }
        let starts = state.bodyLineStarts
        let bytes = state.body
        let highlighted = state.focusedLine
        var top = compose.previewTop
        if !compose.previewPinned, let highlighted {
            top = max(0, min(highlighted - body.height / 3, starts.count - body.height))
        }
        top = max(0, min(top, max(0, starts.count - 1)))
        let left = compose.previewLeft
        let numberWidth = String(starts.count).count
        for offset in 0..<body.height {
            let index = top + offset
            guard index < starts.count else { break }
            let start = starts[index]
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            let y = body.y + offset
            let number = String(index + 1)
            let numberText = String(repeating: " ", count: numberWidth - number.count) + number + " "
            frame.write(numberText, at: Point(x: body.x, y: y), style: theme[.muted])
            let lineRect = Rect(x: body.x + numberWidth + 1, y: y, width: body.width - numberWidth - 1, height: 1)
            let isHighlighted = index == highlighted
            if isHighlighted { frame.fill(lineRect, style: theme[.selection]) }
            frame.write(JSONHighlighter.highlightLine(Array(text)), at: Point(x: lineRect.x, y: y), theme: theme, skip: left,
                        clip: lineRect, background: isHighlighted ? theme[.selection].background : nil)
            // A line that goes on past either edge says so, so nothing is cut without a sign.
            let width = TextLayout.width(text)
            var marker = theme[.muted]
            if isHighlighted { marker.background = theme[.selection].background }
            if left > 0, width > 0 {
                frame.write(theme.glyphs.ellipsis, at: Point(x: lineRect.x, y: y), style: marker, maxWidth: 1)
            }
            if width - left > lineRect.width {
                frame.write(theme.glyphs.ellipsis, at: Point(x: lineRect.maxX - 1, y: y), style: marker, maxWidth: 1)
            }
        }
    }

    // MARK: Overlays

    private func renderOverlay(_ overlay: ComposerOverlay, into frame: inout ScreenBuffer) {
        let bounds = frame.bounds
        switch overlay {
        case .help(let help):
            let rect = bounds.centered(Size(width: min(bounds.width - 2, 96), height: max(6, bounds.height - 2)))
            help.render(into: &frame, rect: rect, theme: theme, focused: true)
        case .palette(let palette):
            let rect = bounds.centered(Size(width: min(bounds.width - 2, 80), height: min(bounds.height - 2, 20)))
            frame.fill(rect, style: theme[.text])
            BoxFrame.draw(in: &frame, rect: rect, title: "Commands", theme: theme, style: theme[.focus])
            let inner = rect.inset(dx: 2, dy: 1)
            palette.filter.render(into: &frame, rect: inner.row(0), theme: theme, focused: true)
            let matches = palette.matches
            let visible = max(1, inner.height - 2)
            // The highlighted command is always on screen: the list scrolls to it.
            let top = max(0, min(palette.selected - visible + 1, matches.count - visible))
            for (row, index) in matches.indices.dropFirst(top).prefix(visible).enumerated() {
                let command = matches[index]
                let y = inner.y + 2 + row
                let isSelected = index == palette.selected
                let style = isSelected ? theme[.focus] : theme[.text]
                if isSelected { frame.fill(inner.row(2 + row), style: style) }
                let keys = palette.keys(of: command)
                let keysWidth = TextLayout.width(keys)
                frame.write(command.title, at: Point(x: inner.x, y: y), style: style, maxWidth: inner.width - keysWidth - 2,
                            ellipsis: true)
                frame.write(keys, at: Point(x: inner.maxX - keysWidth, y: y), style: isSelected ? style : theme[.muted])
            }
            if top > 0 {
                frame.write(String(theme.glyphs.scrollUp), at: Point(x: rect.maxX - 1, y: inner.y + 2), style: theme[.muted])
            }
            if top + visible < matches.count {
                frame.write(String(theme.glyphs.scrollDown), at: Point(x: rect.maxX - 1, y: inner.y + 1 + visible), style: theme[.muted])
            }
        }
    }

    private func renderComposeOverlay(_ overlay: ComposeOverlay, into frame: inout ScreenBuffer) {
        let bounds = frame.bounds
        switch overlay {
        case .addMenu(let menu):
            let rect = bounds.centered(Size(width: min(bounds.width - 2, 48), height: min(bounds.height - 2, menu.list.options.count + 4)))
            frame.fill(rect, style: theme[.text])
            let title = menu.list.options.count > AddMenu.sections.count ? "Add" : "Add a credential"
            BoxFrame.draw(in: &frame, rect: rect, title: title, theme: theme, style: theme[.focus])
            menu.list.render(into: &frame, rect: rect.inset(dx: 2, dy: 2), theme: theme, focused: true)
            frame.write("Enter adds · Esc closes", at: Point(x: rect.x + 2, y: rect.maxY - 2), style: theme[.muted])
        case .start(let start):
            let rows = start.list.viewportHeight
            let rect = bounds.centered(Size(width: min(bounds.width - 2, 150), height: min(bounds.height - 2, rows + 6)))
            frame.fill(rect, style: theme[.text])
            BoxFrame.draw(in: &frame, rect: rect, title: start.drafts.isEmpty ? "Recent files" : "Drafts and recent files",
                          theme: theme, style: theme[.focus])
            let inner = rect.inset(dx: 2, dy: 1)
            frame.write(start.drafts.isEmpty ? "Open a file again, or start new." : "Your drafts, newest first; nothing in them is lost until you discard it.",
                        at: Point(x: inner.x, y: inner.y), style: theme[.muted], maxWidth: inner.width, ellipsis: true)
            start.list.render(into: &frame, rect: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: rect.height - 5),
                              theme: theme, focused: true)
            frame.write(start.note, at: Point(x: inner.x, y: rect.maxY - 2), style: theme[start.discarding == nil ? .muted : .warning],
                        maxWidth: inner.width, ellipsis: true)
        case .path(let prompt):
            let rect = bounds.centered(Size(width: min(bounds.width - 2, 80), height: 7))
            frame.fill(rect, style: theme[.text])
            BoxFrame.draw(in: &frame, rect: rect, title: prompt.title, theme: theme, style: theme[.focus])
            let inner = rect.inset(dx: 2, dy: 1)
            frame.write("Relative paths start from " + environment.currentDirectory, at: Point(x: inner.x, y: inner.y),
                        style: theme[.muted], maxWidth: inner.width, ellipsis: true)
            prompt.input.render(into: &frame, rect: inner.row(1), theme: theme, focused: true)
            let note = prompt.candidates.isEmpty ? "Tab completes · Enter confirms · Esc cancels"
                : prompt.candidates.prefix(10).joined(separator: "  ")
            frame.write(note, at: Point(x: inner.x, y: inner.y + 3), style: theme[.muted], maxWidth: inner.width, ellipsis: true)
        case .json(let editor):
            let rect = bounds.centered(Size(width: min(bounds.width - 2, 100), height: max(8, bounds.height - 4)))
            frame.fill(rect, style: theme[.text])
            BoxFrame.draw(in: &frame, rect: rect, title: "\(editor.label) — JSON", theme: theme, style: theme[.focus])
            let inner = rect.inset(dx: 2, dy: 1)
            var area = editor.area
            area.viewportHeight = max(1, inner.height - 2)
            area.render(into: &frame, rect: Rect(x: inner.x, y: inner.y, width: inner.width, height: max(1, inner.height - 2)),
                        theme: theme, focused: true)
            let status: (String, ThemeRole)
            switch editor.parsed {
            case .success: status = ("Valid JSON · F2 applies · F8 removes the \(editor.label.lowercased()) · Esc cancels", .ok)
            case .failure(let error): status = ("Line \(error.line), column \(error.column): \(error.reason)", .error)
            }
            frame.write(status.0, at: Point(x: inner.x, y: inner.maxY - 1), style: theme[status.1], maxWidth: inner.width,
                        ellipsis: true)
        }
    }

    private func renderQuestion(_ question: Question, into frame: inout ScreenBuffer) {
        // The dialog sizes itself to its text within the screen.
        questionDialog(question).render(into: &frame, rect: frame.bounds.inset(dx: 1, dy: 1), theme: theme, focused: true)
    }
}

/// The marks beside findings and outline entries.
struct Marks {
    var ok: String
    var error: String
    var warning: String

    init(ok: String, error: String, warning: String) {
        self.ok = ok
        self.error = error
        self.warning = warning
    }

    /// The theme's marks: ASCII words where the terminal has no Unicode.
    init(_ theme: Theme) {
        if theme.glyphs == .ascii { self.init(ok: "ok", error: "x", warning: "!") } else { self.init(ok: "✓", error: "✗", warning: "⚠") }
    }
}

extension ComposerProgram {
    var marks: Marks { Marks(theme) }
}

extension String {
    /// The last component of a path.
    var lastPathComponent: String {
        guard let slash = lastIndex(of: "/") else { return self }
        return String(self[index(after: slash)...])
    }
}
