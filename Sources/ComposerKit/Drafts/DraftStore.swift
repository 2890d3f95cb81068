import Foundation
import PassCore

/// Keeps drafts as files in one directory, written atomically (a temporary
/// file, flushed, then renamed over the old one), so a crash or `kill -9` at
/// any moment leaves either the previous draft or the new one, never a
/// broken or empty file.
public struct DraftStore: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
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

    /// Writes `draft` atomically and returns its path.
    @discardableResult
    public func save(_ draft: Draft) throws -> String {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let target = path(for: draft)
        try AtomicFile.write(draft.bytes, to: target)
        return target
    }

    /// Every draft in the directory, newest first; unreadable ones are moved
    /// aside (never deleted) and reported.
    public func all() -> [Found] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        var found: [Found] = []
        for name in names where name.hasPrefix("draft-") && name.hasSuffix(".json") {
            let path = directory + "/" + name
            do {
                let bytes = try FileReader.read(path)
                found.append(.draft(try Draft(bytes: bytes), path: path))
            } catch {
                let reason = bytesProblem(error)
                let aside = path + ".corrupt-" + String(Int(Date().timeIntervalSince1970))
                if (try? FileManager.default.moveItem(atPath: path, toPath: aside)) != nil {
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

    /// The draft of the request `requestID`, if it is still kept.
    public func draft(forRequestID requestID: String) -> Lookup {
        let path = directory + "/" + Draft.fileName(forRequestID: requestID)
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path)
        } catch .notFound {
            return .missing(path: path)
        } catch {
            return .unreadable(path: path, reason: "\(error)")
        }
        do {
            let draft = try Draft(bytes: bytes)
            guard draft.document.requestID == requestID else {
                return .unreadable(path: path, reason: "it holds \(draft.document.requestID), not \(requestID)")
            }
            return .found(draft, path: path)
        } catch {
            return .unreadable(path: path, reason: error.reason)
        }
    }

    public func discard(_ draft: Draft) {
        try? FileManager.default.removeItem(atPath: path(for: draft))
    }

    private func bytesProblem(_ error: any Error) -> String {
        if let e = error as? Draft.ReadError { return e.reason }
        return "\(error)"
    }
}

