extension GalleryProgram {
    public func render(into frame: inout ScreenBuffer) {
        let theme = self.theme
        let layout = GalleryLayout(size: frame.size)
        frame.cursor = nil

        frame.fill(layout.title, style: theme[.title])
        frame.write(" seekpass-composer · widget gallery", at: Point(x: 0, y: 0), style: theme[.title], clip: layout.title)
        let themeText = "theme: \(theme.name) (\(themeIndex + 1)/\(themes.count)) "
        let themeWidth = TextLayout.width(themeText)
        frame.write(themeText, at: Point(x: layout.title.maxX - themeWidth, y: 0), style: theme[.title], clip: layout.title)

        for field in GalleryField.allCases where field != .preview {
            guard let labelRect = layout.labels[field], let rect = layout.fields[field] else { continue }
            let isFocused = focusedField == field && overlay == nil
            frame.write(field.label, at: Point(x: labelRect.x, y: labelRect.y), style: isFocused ? theme[.title] : theme[.muted],
                        maxWidth: labelRect.width - 1, ellipsis: true)
            renderField(field, into: &frame, rect: rect, theme: theme, focused: isFocused)
        }

        let upload = ProgressBar(fraction: self.upload, label: "passport-scan.pdf",
                                 detail: ProgressDetail.text(sent: uploadedBytes, total: Self.uploadTotal,
                                                             bytesPerSecond: uploading ? Double(Self.uploadTotal / 50) / 0.06 : nil))
        upload.render(into: &frame, rect: layout.upload, theme: theme, focused: false)
        let (label, barArea) = layout.spinner.splitLeft(GalleryLayout.labelWidth)
        frame.write("Waiting", at: Point(x: label.x, y: label.y), style: theme[.muted], clip: label)
        ProgressBar(fraction: nil, phase: phase).render(into: &frame, rect: barArea, theme: theme, focused: false)

        let previewFocused = focusedField == .preview && overlay == nil
        BoxFrame.draw(in: &frame, rect: layout.previewBox, title: "JSON preview", theme: theme,
                      style: previewFocused ? theme[.title] : nil)
        if let rect = layout.fields[.preview] { preview.render(into: &frame, rect: rect, theme: theme, focused: previewFocused) }
        ThemeSwatches.render(into: &frame, rect: layout.swatchBox, theme: theme)

        StatusLine(message: statusText, severity: statusSeverity, hints: Self.hints).render(into: &frame, rect: layout.status, theme: theme)

        switch overlay {
        case .help(let help)?: help.render(into: &frame, rect: frame.bounds, theme: theme, focused: true)
        case .message(let dialog)?, .confirmReset(let dialog)?: dialog.render(into: &frame, rect: frame.bounds, theme: theme, focused: true)
        case nil: break
        }
    }

    private var statusText: String {
        if !status.isEmpty { return status }
        return focusedAcceptsText ? "\(focusedField.label): typing enters text · F1 lists every key"
                                  : "\(focusedField.label) · ? or F1 lists every key"
    }

    private func renderField(_ field: GalleryField, into frame: inout ScreenBuffer, rect: Rect, theme: Theme, focused: Bool) {
        switch field {
        case .name: name.render(into: &frame, rect: rect, theme: theme, focused: focused)
        case .note: note.render(into: &frame, rect: rect, theme: theme, focused: focused)
        case .issued: issued.render(into: &frame, rect: rect, theme: theme, focused: focused)
        case .month: month.render(into: &frame, rect: rect, theme: theme, focused: focused)
        case .year: year.render(into: &frame, rect: rect, theme: theme, focused: focused)
        case .verified: verified.render(into: &frame, rect: rect, theme: theme, focused: focused)
        case .current: current.render(into: &frame, rect: rect, theme: theme, focused: focused)
        case .credential: credential.render(into: &frame, rect: rect, theme: theme, focused: focused)
        case .partners: partners.render(into: &frame, rect: rect, theme: theme, focused: focused)
        case .preview: preview.render(into: &frame, rect: rect, theme: theme, focused: focused)
        }
    }
}

/// Every theme role's name drawn in its own style: the theme preview.
enum ThemeSwatches {
    static func render(into frame: inout ScreenBuffer, rect: Rect, theme: Theme) {
        guard rect.height >= 3 else { return }
        BoxFrame.draw(in: &frame, rect: rect, title: "Theme roles — F2 switches", theme: theme)
        let inner = rect.inset(dx: 1, dy: 1)
        let rows = max(1, inner.height)
        let columns = (ThemeRole.allCases.count + rows - 1) / rows
        let columnWidth = max(1, inner.width / columns)
        for (i, role) in ThemeRole.allCases.enumerated() {
            let column = i / rows, row = i % rows
            guard column < columns else { break }
            let cell = Rect(x: inner.x + column * columnWidth, y: inner.y + row, width: columnWidth - 1, height: 1)
            frame.fill(cell, style: theme[role])
            frame.write(" " + role.name, at: Point(x: cell.x, y: cell.y), style: theme[role], clip: cell, ellipsis: true)
        }
    }
}
