import ArgumentParser
import PassCore

/// `--kind auto|batch|microcredential|career-history`
enum KindChoice: String, ExpressibleByArgument, CaseIterable {
    case auto
    case batch
    case microcredential
    case careerHistory = "career-history"

    var kind: PayloadKind? {
        switch self {
        case .auto: nil
        case .batch: .batch
        case .microcredential: .microcredential
        case .careerHistory: .careerHistory
        }
    }
}

/// The exit codes every command shares.
enum ExitStatus {
    static let ok: Int32 = 0
    static let invalid: Int32 = 1
    static let unreadable: Int32 = 2
    static let usage: Int32 = 2
    static let remote: Int32 = 3
}
