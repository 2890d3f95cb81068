import ComposerKit
import PassCore

/// What `list` and `problems` say.
extension LineComposer {
    func sayList() {
        let outline = state.outline
        if state.document.kind == .batch {
            output.line("Items of the batch, \(outline.count):")
            for (i, entry) in outline.enumerated() {
                var line = "Item \(i + 1): \(title(of: entry.ref))."
                line += Self.counted(errors: entry.errors, warnings: entry.warnings)
                if entry.ref == state.selection { line += " You are here." }
                output.line(line)
            }
        }
        output.line("Fields of \(title(of: state.selection)):")
        for row in state.rows {
            guard let n = number(of: row) else {
                output.line("Section: \(row.label).")
                continue
            }
            let prompt = FieldPrompt(row: row, number: n, value: state.fieldText(of: row))
            var line = "\(n) \(prompt.label)"
            if row.isRequired { line += ", required" }
            line += ". " + prompt.current + "."
            let found = state.findings(at: row.path)
            line += Self.counted(errors: found.errors.count, warnings: found.warnings.count)
            output.line(line)
        }
    }

    static func counted(errors: Int, warnings: Int) -> String {
        var parts: [String] = []
        if errors > 0 { parts.append("\(errors) error\(errors == 1 ? "" : "s")") }
        if warnings > 0 { parts.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
        return parts.isEmpty ? "" : " " + parts.joined(separator: ", ") + "."
    }

    func sayProblems() {
        let findings = state.findings
        guard !findings.isEmpty else {
            output.line("No problems.")
            return
        }
        output.line("\(findings.errors.count) error\(findings.errors.count == 1 ? "" : "s"), "
                    + "\(findings.warnings.count) warning\(findings.warnings.count == 1 ? "" : "s"):")
        let outline = state.outline
        let forms = FormBuilder()
        for finding in findings {
            var place = ""
            if let ref = ItemRef.containing(finding.path, kind: state.document.kind) {
                if state.document.kind == .batch, let i = outline.firstIndex(where: { $0.ref == ref }) {
                    place += "item \(i + 1), "
                }
                let rows = (ref == state.selection ? state.rows : forms.rows(for: ref, in: state.document)).filter(\.isFocusable)
                if let i = rows.firstIndex(where: { $0.path == finding.path }) {
                    place += "field \(i + 1) \(rows[i].label)"
                } else {
                    place += TextSanitizer.sanitize(finding.path.description)
                }
            }
            output.line((finding.isError ? "Error, " : "Warning, ") + place + ": " + TextSanitizer.sanitize(finding.message))
        }
    }
}
