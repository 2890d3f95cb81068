import Foundation
import PassCore

/// Keeps drafts as files in one directory, written atomically (a temporary
/// file, flushed, then renamed over the old one), so a crash or `kill -9` at
/// any moment leaves either the previous draft or the new one, never a
/// broken or empty file. Writes through one store (and its copies) happen
/// one at a time, and a draft never replaces one saved later: a save that
/// was under way when the program quit cannot undo the last one.
public struct DraftStore: Sendable {
    public let directory: String
    private let files: any FileSystem
    private let clock: @Sendable () -> Double
    private let ledger = DraftLedger()

    /// - Parameters:
    ///   - files: where the drafts are kept (the disk in the program, memory in tests).
    ///   - clock: seconds since 1970, for naming a corrupt draft moved aside.
    public init(directory: String, files: any FileSystem, clock: @escaping @Sendable () -> Double) {
        self.directory = directory
        self.files = files
        self.clock = clock
    }

    /// A draft found at start, or why one could not be read.
    public enum Found: Sendable, Equatable {
        case draft(Draft, path: String)
        /// The file was unreadable and has been moved to `movedTo`.
        case corrupt(path: String, movedTo: String, reason: String)
    }

    public func path(for draft: Draft) -> String {
        directory + "/" + draft.fileName
    }

    /// Writes `draft` atomically and returns its path. A draft older than the
    /// last one written (or discarded) at that path is not written.
    @discardableResult
    public func save(_ draft: Draft) throws -> String {
        let target = path(for: draft)
        try ledger.write(target, savedAt: draft.savedAt) {
            try files.createFolder(directory, permissions: 0o700)
            try files.write(draft.bytes, to: target, permissions: 0o600)
        }
        return target
    }

    /// Every draft in the directory, newest first; unreadable ones are moved
    /// aside (never deleted) and reported.
    public func all() -> [Found] {
        guard let names = files.list(directory) else { return [] }
        removeAbandonedTemporaryFiles(names)
        var found: [Found] = []
        for name in names where name.hasPrefix("draft-") && name.hasSuffix(".json") {
            let path = directory + "/" + name
            do {
                let bytes = try files.read(path)
                found.append(.draft(try Draft(bytes: bytes), path: path))
            } catch {
                let reason = bytesProblem(error)
                let aside = path + ".corrupt-" + String(Int(clock()))
                if (try? files.move(path, to: aside)) != nil {
                    found.append(.corrupt(path: path, movedTo: aside, reason: reason))
                }
            }
        }
        return found.sorted { a, b in
            switch (a, b) {
            case let (.draft(x, _), .draft(y, _)): return x.savedAt > y.savedAt
            case (.corrupt, .draft): return true
            default: return false
            }
        }
    }

    /// Removes half-written temporary files a killed process left (older than a minute).
    private func removeAbandonedTemporaryFiles(_ names: [String]) {
        let now = clock()
        for name in names where name.hasPrefix("draft-") && name.contains(".json.tmp-") {
            let path = directory + "/" + name
            if let modified = files.modified(path), now - modified.timeIntervalSince1970 > 60 { try? files.remove(path) }
        }
    }

    /// The most recent draft, if any.
    public func latest() -> (draft: Draft, path: String)? {
        for found in all() {
            if case .draft(let draft, let path) = found { return (draft, path) }
        }
        return nil
    }

    /// What became of the draft of one request.
    public enum Lookup: Sendable, Equatable {
        case found(Draft, path: String)
        case missing(path: String)
        /// It is there but cannot be read (it is left where it is).
        case unreadable(path: String, reason: String)
    }

    /// The draft of the document `key`, if one is kept.
    public func draft(for key: DraftKey) -> Lookup {
        let path = directory + "/" + key.fileName
        let bytes: [UInt8]
        do {
            bytes = try files.read(path)
        } catch .notFound {
            return .missing(path: path)
        } catch {
            return .unreadable(path: path, reason: "\(error)")
        }
        do {
            let draft = try Draft(bytes: bytes)
            guard draft.key == key else {
                return .unreadable(path: path, reason: "it holds the draft of \(draft.key), not of \(key)")
            }
            return .found(draft, path: path)
        } catch {
            return .unreadable(path: path, reason: error.reason)
        }
    }

    /// The draft of the request `requestID`, if it is still kept: the draft of the document
    /// with that id and no file, else the newest draft of a file holding that request.
    public func draft(forRequestID requestID: String) -> Lookup {
        let byID = draft(for: DraftKey(.request(requestID)))
        if case .missing = byID {
            for case .draft(let draft, let path) in all() where draft.document.requestID == requestID {
                return .found(draft, path: path)
            }
        }
        return byID
    }

    /// Removes the draft of `draft`'s document (its file now holds it all, or the user said so):
    /// a write still under way, begun before, does not bring it back.
    public func discard(_ draft: Draft) {
        let target = path(for: draft)
        ledger.write(target, savedAt: draft.savedAt) {
            try? files.remove(target)
        }
    }

    /// Removes the draft file at `path` (one the list of drafts showed).
    public func discard(path: String) throws {
        try files.remove(path)
    }

    private func bytesProblem(_ error: any Error) -> String {
        if let e = error as? Draft.ReadError { return e.reason }
        return "\(error)"
    }
}

/// Orders the writes of a store: one at a time, newest wins.
final class DraftLedger: @unchecked Sendable {
    private let lock = NSLock()
    private var newest: [String: Double] = [:]

    func write(_ path: String, savedAt: Double, _ body: () throws -> Void) rethrows {
        lock.lock()
        defer { lock.unlock() }
        if let last = newest[path], last > savedAt { return }
        try body()
        newest[path] = savedAt
    }
}
