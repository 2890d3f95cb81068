import ComposerKit
import Foundation
import PassCore

extension DraftStore {
    /// Drafts in `directory` on this computer's disk.
    public static func onDisk(_ directory: String) -> DraftStore {
        DraftStore(directory: directory, files: LocalFileSystem(), clock: { Date().timeIntervalSince1970 })
    }

    /// Drafts in memory (under /state/drafts unless told).
    public static func inMemory(_ files: MemoryFileSystem = MemoryFileSystem(), directory: String = "/state/drafts",
                                clock: ManualClock = ManualClock()) -> DraftStore {
        DraftStore(directory: directory, files: files, clock: { clock.now.timeIntervalSince1970 })
    }
}
