import PassCore

/// Performs the composer's effects through its environment and says what came of each, as
/// the action to apply next. The only place the composer touches files and drafts.
public struct ComposerRunner: Sendable {
    public let environment: ComposerEnvironment

    public init(environment: ComposerEnvironment) {
        self.environment = environment
    }

    /// Whether an effect may take long enough that a front end performs it off its loop.
    public static func isSlow(_ effect: ComposerEffect) -> Bool {
        if case .writeDraft = effect { return true }
        return false
    }

    /// The key of a document's draft: its file's real path, or its request id.
    public func draftKey(of document: ComposerDocument) -> DraftKey {
        DraftKey.of(document) { key(of: $0) }
    }

    /// The key a document's file is remembered by: its real path.
    func key(of file: String) -> String {
        environment.files.realPath(environment.absolute(file))
    }

    /// Completes a typed path (a prompt's Tab).
    public func complete(_ typed: String) -> PathCompletion {
        environment.complete(typed)
    }

    /// Performs `effect`; returns the action carrying its result (nil when there is none).
    public func perform(_ effect: ComposerEffect) -> ComposerAction? {
        switch effect {
        case .inspectFile(let assetID, let path):
            return .fileInspected(assetID: assetID, path: path, environment.inspectFile(environment.absolute(path)))
        case .readFile(let purpose, let path):
            let absolute = environment.absolute(path)
            return .fileRead(purpose, path: path, Result { () throws(FileReadError) in try environment.files.read(absolute) })
        case .writeFile(let purpose, let bytes, let path, let replacing):
            let absolute = environment.absolute(path)
            if !replacing, environment.files.exists(absolute) {
                return .fileWritten(purpose, path: path, absolute: absolute, problem: .exists)
            }
            do {
                try environment.files.write(bytes, to: absolute, permissions: 0o644)
                return .fileWritten(purpose, path: path, absolute: absolute, problem: nil)
            } catch {
                return .fileWritten(purpose, path: path, absolute: absolute, problem: .failed(error.description))
            }
        case .completePath(let typed):
            return .pathCompleted(environment.complete(typed), typed: typed)
        case .writeDraft(let document, let savedToFile, let revision):
            guard let store = environment.drafts else { return .draftSaved(revision: revision) }
            do {
                try store.save(Draft(document: document, savedAt: environment.wallClock(), savedToFile: savedToFile,
                                     key: draftKey(of: document)))
                return .draftSaved(revision: revision)
            } catch let error as AtomicFile.WriteError {
                return .draftFailed(error.description)
            } catch {
                return .draftFailed("\(error)")
            }
        case .discardDraft(let document):
            // The file's draft, and the one its request id had before it was saved there.
            let now = environment.wallClock()
            environment.drafts?.discard(Draft(document: document, savedAt: now, key: draftKey(of: document)))
            if document.filePath != nil {
                environment.drafts?.discard(Draft(document: document, savedAt: now, key: DraftKey(.request(document.requestID))))
            }
            return nil
        case .rememberFiles(let file, let chosen):
            guard let memory = environment.assetMemory else { return nil }
            var remembered: [String: AssetFileMemory.Remembered] = [:]
            for (assetID, path) in chosen where !path.isEmpty {
                let absolute = environment.absolute(path)
                remembered[assetID] = AssetFileMemory.Remembered(
                    path: absolute, size: environment.inspectFile(absolute).size,
                    modified: environment.files.modified(absolute)?.timeIntervalSince1970)
            }
            try? memory.remember(remembered, for: key(of: file))
            return nil
        case .recallFiles(let file):
            guard let memory = environment.assetMemory else { return nil }
            var found: [String: RecalledFile] = [:]
            for (assetID, remembered) in memory.recall(key(of: file)) {
                let size = environment.inspectFile(remembered.path).size
                let modified = environment.files.modified(remembered.path)?.timeIntervalSince1970
                let changed = (remembered.size != nil && size != remembered.size)
                    || (remembered.modified != nil && modified != nil && modified != remembered.modified)
                found[assetID] = RecalledFile(path: remembered.path, changed: changed)
            }
            return .filesRecalled(file: file, found)
        case .findDraft(let file):
            guard let store = environment.drafts,
                case .found(let draft, _) = store.draft(for: DraftKey(.file(key(of: file))))
            else { return nil }
            return .draftFound(file: file, draft, now: environment.wallClock())
        case .removeDraftFile(let path):
            do {
                try environment.drafts?.discard(path: path)
                return nil
            } catch {
                return .notify(Notice(.error, "The draft \(path) could not be removed: \(error)"))
            }
        case .rememberOpened(let file):
            try? environment.recentFiles?.add(key(of: file), at: environment.wallClock())
            return nil
        case .askForPath, .end:
            // The front end's own: it asks, or it ends.
            return nil
        }
    }
}
