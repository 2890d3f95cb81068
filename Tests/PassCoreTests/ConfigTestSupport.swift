import Foundation
@testable import PassCore

/// A temporary config/state home for configuration tests.
struct TemporaryHome {
    let root: String
    let paths: AppPaths

    init() throws {
        root = NSTemporaryDirectory() + "seekpass-config-" + UUID().uuidString
        paths = AppPaths.resolve(environment: ["HOME": root])
        try AppPaths.makeDirectory(paths.configDirectory)
    }

    /// Writes the profile file with `mode`.
    func writeProfiles(_ text: String, mode: Int = 0o600) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: paths.profilesFile))
        chmod(paths.profilesFile, mode_t(mode))
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// A secret made at run time, never a literal in the tests.
    static func secret() -> String {
        "s-" + UUID().uuidString
    }
}
