import Foundation
import TestSupport
@testable import PassCore

/// A temporary config/state home for configuration tests.
struct TemporaryHome {
    let folder: TemporaryDirectory
    var root: String { folder.path }
    let paths: AppPaths

    init() throws {
        folder = try TemporaryDirectory("seekpass-config")
        let root = folder.path
        paths = AppPaths.resolve(environment: ["HOME": root])
        try AppPaths.makeDirectory(paths.configDirectory)
    }

    /// Writes the profile file with `mode`.
    func writeProfiles(_ text: String, mode: Int = 0o600) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: paths.profilesFile))
        chmod(paths.profilesFile, mode_t(mode))
    }

    func remove() {
        folder.remove()
    }

    /// A secret made at run time, never a literal in the tests.
    static func secret() -> String {
        "s-" + UUID().uuidString
    }
}
