import PassCore

/// The rules of focus: where a jump lands, what Tab walks, where F4 goes for each problem.
extension ComposerState {
    /// Where focus lands in a newly shown item: its first field with an error, else its first
    /// field after the generated ids (and after a required choice of one option, like a
    /// single request's credential_type, which cannot change).
    var firstPlaceToFill: Focus {
        let errorPaths = Set(findings.filter(\.isError).map(\.path))
        if let row = rows.first(where: { isLandingPlace($0) && errorPaths.contains($0.path) }) { return .row(row.id) }
        return defaultFocus
    }

    var defaultFocus: Focus {
        if let row = rows.first(where: isLandingPlace) { return .row(row.id) }
        if let row = rows.first(where: \.isFocusable) { return .row(row.id) }
        return .outline
    }

    /// A row a jump may land on: a field to fill, never a generated id, never a fixed choice.
    func isLandingPlace(_ row: FormRow) -> Bool {
        guard row.isFocusable, !row.isGeneratedID else { return false }
        if case .choice(let options) = row.control, options.count == 1, row.isRequired { return false }
        if case .record = row.control { return false }
        if case .add = row.control { return false }
        return true
    }

    /// After the rows changed: the focus stays on its row, or goes to the row that now edits
    /// its path or the nearest one above it; never into the rows of another item.
    mutating func keepFocusOnARow() {
        guard let id = focus.rowID else {
            if focus == .addCredential, document.kind != .batch { focus = .outline }
            return
        }
        if rows.contains(where: { $0.id == id }) { return }
        if let nearest = nearestRow(to: id.path) {
            focus = .row(nearest)
        } else {
            focus = defaultFocus
        }
        if unlockedID != focus.rowID { unlockedID = nil }
        placeCursorAtEnd()
    }

    /// The row of `path` or, walking up, of its nearest ancestor that has one.
    func nearestRow(to path: JSONPath) -> RowID? {
        var current: JSONPath? = path
        while let path = current, path != selection.path || selection == .root {
            if let id = exactRow(for: path) { return id }
            if path.components.isEmpty { break }
            current = path.parent
        }
        return nil
    }

    /// The row that edits exactly `path`: a field first, then a file, an "Add …", a record.
    func exactRow(for path: JSONPath) -> RowID? {
        let candidates = rows.filter { $0.path == path && $0.isFocusable }
        for role in [RowID.Role.field, .file, .add, .record] {
            if let row = candidates.first(where: { $0.id.role == role }) { return row.id }
        }
        // An object's heading: its first field.
        if rows.contains(where: { $0.path == path && $0.control == .heading }) {
            return rows.first { $0.path.hasPrefix(path) && $0.path != path && isLandingPlace($0) }?.id
        }
        return nil
    }

    /// Moves focus to the row `offset` focusable rows away (no wrap-around).
    mutating func moveFocus(by offset: Int) {
        guard !rows.isEmpty else { return }
        guard let start = focusedIndex else {
            focus = defaultFocus
            placeCursorAtEnd()
            return
        }
        var index = start
        for _ in 0..<rows.count {
            index += offset
            guard rows.indices.contains(index) else { return }
            if rows[index].isFocusable { break }
        }
        guard rows.indices.contains(index), rows[index].isFocusable else { return }
        setFocus(.row(rows[index].id))
    }

    /// Focuses `place`, with the cursor at the end of its text; ids lock again.
    mutating func setFocus(_ place: Focus) {
        if focus != place {
            completions = []
            history.seal()
        }
        focus = place
        if unlockedID != place.rowID { unlockedID = nil }
        placeCursorAtEnd()
    }

    mutating func placeCursorAtEnd() {
        cursor = focusedRow.map { fieldText(of: $0).count } ?? 0
    }

    /// Where a finding is fixed: its own row; for a field that has no row (shown only when
    /// another field asks for it), the row that brings it up; for a credential as a whole, the
    /// credential in the outline; for the batch, the outline's "add a credential" line.
    func place(for finding: Finding) -> (ItemRef?, Focus) {
        let path = finding.path
        guard let ref = ItemRef.containing(path, kind: document.kind), document.items.contains(ref) else {
            return (nil, document.kind == .batch ? .addCredential : defaultFocus)
        }
        let rowsThere = ref == selection ? rows : forms.rows(for: ref, in: document)
        func row(_ path: JSONPath) -> RowID? {
            let candidates = rowsThere.filter { $0.path == path && $0.isFocusable }
            for role in [RowID.Role.field, .file, .add, .record] {
                if let row = candidates.first(where: { $0.id.role == role }) { return row.id }
            }
            return nil
        }
        if let id = row(path) { return (ref, .row(id)) }
        // A field shown only when another asks for it: the one that asks.
        if let cause = FormBuilder.revealer(of: path), let id = row(cause) {
            return (ref, .row(id))
        }
        // An object (test_scores…): its first field that has a problem, else its first field.
        let inside = rowsThere.filter { $0.path.hasPrefix(path) && $0.path != path && $0.isFocusable && !$0.isGeneratedID }
        let problemPaths = Set(findings.map(\.path))
        if let first = inside.first(where: { problemPaths.contains($0.path) }) ?? inside.first {
            return (ref, .row(first.id))
        }
        // The credential as a whole, or a member of it with no row at all.
        return (ref, .outline)
    }

    /// The first problem after `anchor` (or before it), in document order, never one at the
    /// anchor's own place; wrapping around.
    static func problem(after anchor: Finding, in order: [Finding], forward: Bool, document: JSONValue) -> Finding {
        let merged = (order.filter { $0 != anchor } + [anchor]).sortedInDocumentOrder(of: document)
        let at = merged.firstIndex(of: anchor) ?? 0
        let elsewhere = { (finding: Finding) in finding != anchor && finding.path != anchor.path }
        if forward {
            return merged[(at + 1)...].first(where: elsewhere) ?? order.first(where: elsewhere) ?? order[0]
        }
        return merged[..<at].last(where: elsewhere) ?? order.last(where: elsewhere) ?? order[order.count - 1]
    }

    /// F4 and Shift-F4: every problem in document order, wrapping around.
    mutating func moveToProblem(forward: Bool) {
        guard !findings.isEmpty else {
            notice = Notice(.info, "No problems: the document is ready to send.")
            problemCursor = nil
            return
        }
        let order = findings
        let next: Finding
        if let current = problemCursor, self.place(for: current).1 == focus, let index = order.firstIndex(of: current) {
            // Going on from the problem F4 showed last.
            next = order[(index + (forward ? 1 : order.count - 1)) % order.count]
        } else if let path = focusedPath, let index = order.firstIndex(where: { $0.path == path }) {
            // The cursor is on a problem: the one after it.
            next = order[(index + (forward ? 1 : order.count - 1)) % order.count]
        } else if let anchor = problemCursor.flatMap({ self.place(for: $0).1 == focus ? $0 : nil })
                    ?? focusedPath.map({ Finding(.warning, .required, at: $0, "") }) {
            // From where the cursor is (or where a problem just fixed was): the next one in document order.
            next = Self.problem(after: anchor, in: order, forward: forward, document: document.value)
        } else {
            next = forward ? order[0] : order[order.count - 1]
        }
        problemCursor = next
        let (ref, place) = self.place(for: next)
        if let ref, ref != selection {
            selection = ref
            rows = forms.rows(for: selection, in: document)
        }
        setFocus(place)
        var message = next.message
        if place == .addCredential { message += " — F7 adds a credential" } else if place == .outline, ref != nil {
            message += " — it is about this credential as a whole"
        }
        notice = Notice(next.isError ? .error : .warning, message)
        noticeSource = next
        history.seal()
    }
}
