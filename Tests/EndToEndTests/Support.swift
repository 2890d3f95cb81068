import Foundation
import TestSupport

/// The gallery command line for a pane.
func galleryCommand(_ arguments: String = "") -> String {
    "\(TmuxSession.quote(TmuxSession.binary)) gallery \(arguments)"
}

/// Whether `stty -a` output shows a terminal back in its normal, cooked mode.
func isSane(_ stty: String) -> Bool {
    let flags = Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
    return flags.contains("echo") && flags.contains("icanon") && flags.contains("isig") && flags.contains("icrnl")
        && !flags.contains("-echo") && !flags.contains("-icanon")
}

/// The SGR colour parameters found in text captured with attributes (`capture-pane -e`).
func colourParameters(in captured: String) -> [Int] {
    var found: [Int] = []
    var rest = Substring(captured)
    while let start = rest.firstRange(of: "\u{1B}[") {
        rest = rest[start.upperBound...]
        guard let end = rest.firstIndex(where: { $0.isLetter }) else { break }
        if rest[end] == "m" {
            let parameters = rest[..<end].split(separator: ";").compactMap { Int($0) }
            found += parameters.filter { (30...38).contains($0) || (40...48).contains($0) || (90...97).contains($0) || (100...107).contains($0) }
        }
        rest = rest[end...]
    }
    return found
}
