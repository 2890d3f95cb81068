import Foundation

/// The local submission history: one JSON object per line, appended,
/// never rewritten (`$XDG_STATE_HOME/seekpass-composer/history.jsonl`).
/// A request is its endpoint and id: a later line for the same pair (sent
/// again, a retried upload) belongs to its timeline and updates its files;
/// a `status` line keeps a final status once an endpoint gave it.
public struct SubmissionHistory: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public init(paths: AppPaths = .resolve()) {
        self.path = paths.historyFile
    }

    /// Appends `entry` as one line, in one `write` on a file opened with
    /// `O_APPEND` under an exclusive lock, so concurrent writers never
    /// interleave. Creates the file (mode 0600) and its folder.
    public func append(_ entry: HistoryEntry) throws {
        try appendLine(entry)
    }

    /// Appends the final `status` that `endpoint` gave for a request of the
    /// history, learnt at `date`, so that it is never lost.
    public func append(finalStatus status: SubmissionStatus, endpoint: String, at date: Date = Date()) throws {
        guard status.status.isFinal else { return }
        try appendLine(HistoryStatusLine(id: status.id, endpoint: Redaction.url(endpoint), status: status.status,
                                         finalizedAt: status.finalizedAt, learntAt: ISO8601DateFormatter().string(from: date)))
    }

    private func appendLine(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var line = try encoder.encode(value)
        line.append(0x0A)
        try AppPaths.makeDirectory((path as NSString).deletingLastPathComponent)
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw HistoryError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        flock(fd, LOCK_EX)
        defer { flock(fd, LOCK_UN) }
        let written = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == line.count else {
            throw HistoryError(path: path, reason: written < 0 ? String(cString: strerror(errno)) : "short write")
        }
    }

    /// One line of the file.
    enum Line {
        case submitted(HistoryEntry)
        case status(HistoryStatusLine)
    }

    /// Every line, oldest first. Lines that are neither are skipped, each
    /// with a note; a missing file is an empty history.
    func lines() -> (lines: [Line], notes: [String]) {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path, limit: 256 << 20)
        } catch .notFound {
            return ([], [])
        } catch {
            return ([], ["\(error); the history is not shown"])
        }
        var lines: [Line] = []
        var notes: [String] = []
        let decoder = JSONDecoder()
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { continue }
            let data = Data(line)
            if let status = try? decoder.decode(HistoryStatusLine.self, from: data), status.event == "status" {
                lines.append(.status(status))
            } else if let entry = try? decoder.decode(HistoryEntry.self, from: data) {
                lines.append(.submitted(entry))
            } else {
                notes.append("\(path):\(lineNumber): not a history entry, skipped")
            }
        }
        return (lines, notes)
    }

    /// Every submission line, oldest first. Lines that are not entries are
    /// skipped, each with a note; a missing file is an empty history.
    public func read() -> (entries: [HistoryEntry], notes: [String]) {
        let (lines, notes) = lines()
        return (lines.compactMap { if case .submitted(let entry) = $0 { entry } else { nil } }, notes)
    }

    /// One entry per request — per endpoint and id — in order of first
    /// submission: the latest line's fields, the files of every line merged
    /// (a later outcome of an asset wins), the timeline of its lines, and
    /// the final status last learnt for it.
    public func latest() -> (entries: [HistoryEntry], notes: [String]) {
        let (lines, notes) = lines()
        var order: [HistoryKey] = []
        var merged: [HistoryKey: HistoryEntry] = [:]
        var statuses: [HistoryKey: [HistoryStatusLine]] = [:]
        for line in lines {
            switch line {
            case .status(let status):
                statuses[status.key, default: []].append(status)
            case .submitted(let entry):
                let key = entry.key
                guard var previous = merged[key] else {
                    var first = entry
                    first.timeline = [HistoryEvent(at: entry.submittedAt, change: .sent(files: entry.files))]
                    order.append(key)
                    merged[key] = first
                    continue
                }
                var files = previous.files
                for file in entry.files {
                    if let i = files.firstIndex(where: { $0.assetID == file.assetID }) { files[i] = file } else { files.append(file) }
                }
                let timeline = previous.timeline + [HistoryEvent(at: entry.submittedAt, change: .sentAgain(files: entry.files))]
                // The first time of sending stays the request's time; the rest follows the latest line.
                let firstSent = previous.submittedAt
                previous = entry
                previous.submittedAt = firstSent
                previous.files = files
                previous.timeline = timeline
                merged[key] = previous
            }
        }
        for (key, lines) in statuses {
            guard var entry = merged[key], let last = lines.last else { continue }
            entry.knownStatus = last.known
            entry.timeline += lines.map { HistoryEvent(at: $0.learntAt, change: .finalStatus($0.status, finalizedAt: $0.finalizedAt)) }
            entry.timeline = entry.timeline.enumerated().sorted { a, b in
                (a.element.at, a.offset) < (b.element.at, b.offset)
            }.map(\.element)
            merged[key] = entry
        }
        return (order.compactMap { merged[$0] }, notes)
    }
}

/// The history could not be written.
public struct HistoryError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): the submission history could not be written: \(reason)" }
}
