/// Snapshots of the document before each change, to undo and redo.
/// Typing into one field is one step, however many keys it took.
public struct UndoHistory<Snapshot: Sendable>: Sendable {
    public private(set) var past: [Snapshot] = []
    public private(set) var future: [Snapshot] = []
    /// Key of the last recorded change; a change with the same key merges into it.
    private var lastKey: String?
    public let limit: Int

    public init(limit: Int = 200) {
        self.limit = limit
    }

    /// Records `snapshot` (the state before a change). Changes that share
    /// `mergeKey` with the previous one are merged into one step.
    public mutating func record(_ snapshot: Snapshot, mergeKey: String? = nil) {
        future.removeAll()
        if let mergeKey, mergeKey == lastKey { return }
        past.append(snapshot)
        if past.count > limit { past.removeFirst(past.count - limit) }
        lastKey = mergeKey
    }

    /// Ends merging: the next change starts a new step.
    public mutating func seal() { lastKey = nil }

    public var canUndo: Bool { !past.isEmpty }
    public var canRedo: Bool { !future.isEmpty }

    /// The snapshot to go back to, given the current one.
    public mutating func undo(current: Snapshot) -> Snapshot? {
        guard let previous = past.popLast() else { return nil }
        future.append(current)
        lastKey = nil
        return previous
    }

    public mutating func redo(current: Snapshot) -> Snapshot? {
        guard let next = future.popLast() else { return nil }
        past.append(current)
        lastKey = nil
        return next
    }
}
