import Foundation
import TestGuard

/// The HOME and XDG folders this test process runs with. Before the first test a guard
/// (Tests/TestGuard) points HOME and every XDG folder of the process at a temporary folder,
/// removes it at exit, and makes the process fail if the user's real config or state folders
/// of the program changed while the tests ran.
public enum IsolatedHome {
    /// The temporary HOME of this process.
    public static var path: String { String(cString: seekpass_test_home()) }

    /// The user's real folders, as they were before the tests began.
    public static var realConfigFolder: String { String(cString: seekpass_real_config_folder()) }
    public static var realStateFolder: String { String(cString: seekpass_real_state_folder()) }

    /// A fingerprint of a folder tree (names, sizes, modification times); 0 when it is missing.
    public static func fingerprint(_ path: String) -> UInt64 {
        UInt64(seekpass_folder_fingerprint(path))
    }

    /// The environment a started program gets: only PATH, LANG and a home of its own
    /// (HOME and the four XDG folders, all under `home`), plus `extra`.
    public static func environment(home: String, _ extra: [String: String] = [:]) -> [String: String] {
        var variables = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "HOME": home,
            "XDG_CONFIG_HOME": home + "/.config",
            "XDG_STATE_HOME": home + "/.local/state",
            "XDG_DATA_HOME": home + "/.local/share",
            "XDG_CACHE_HOME": home + "/.cache",
        ]
        variables.merge(extra) { $1 }
        return variables
    }
}
