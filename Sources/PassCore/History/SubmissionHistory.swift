import Foundation

/// The local submission history: one JSON object per line, appended,
/// never rewritten (`$XDG_STATE_HOME/seekpass-composer/history.jsonl`).
/// A later line for the same id (a retried upload) updates its files.
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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var line = try encoder.encode(entry)
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

    /// Every entry, oldest first. Lines that are not entries are skipped,
    /// each with a note; a missing file is an empty history.
    public func read() -> (entries: [HistoryEntry], notes: [String]) {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path, limit: 256 << 20)
        } catch .notFound {
            return ([], [])
        } catch {
            return ([], ["\(error); the history is not shown"])
        }
        var entries: [HistoryEntry] = []
        var notes: [String] = []
        let decoder = JSONDecoder()
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { continue }
            do {
                entries.append(try decoder.decode(HistoryEntry.self, from: Data(line)))
            } catch {
                notes.append("\(path):\(lineNumber): not a history entry, skipped")
            }
        }
        return (entries, notes)
    }

    /// One entry per id, the latest line's fields with the files of every
    /// line for that id merged (a later outcome of an asset wins), in order
    /// of first submission.
    public func latest() -> (entries: [HistoryEntry], notes: [String]) {
        let (all, notes) = read()
        var order: [String] = []
        var merged: [String: HistoryEntry] = [:]
        for entry in all {
            guard var previous = merged[entry.id] else {
                order.append(entry.id)
                merged[entry.id] = entry
                continue
            }
            var files = previous.files
            for file in entry.files {
                if let i = files.firstIndex(where: { $0.assetID == file.assetID }) { files[i] = file } else { files.append(file) }
            }
            previous = entry
            previous.files = files
            merged[entry.id] = previous
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
