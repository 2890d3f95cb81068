import ComposerKit
import Foundation
import PassCore
import TestSupport
@testable import TerminalUI

/// Documents to walk: the examples of docs/, the seed samples, and the seed samples with a
/// problem put into every credential type.
enum FocusDocuments {
    static func parse(_ text: String) -> JSONValue? { try? JSONParser.parse(Array(text.utf8)) }

    static func file(_ path: String) -> ComposerDocument? {
        guard let bytes = try? Array(Data(contentsOf: URL(fileURLWithPath: path))),
            let file = try? PayloadFile.parse(bytes, name: (path as NSString).lastPathComponent)
        else { return nil }
        return ComposerDocument.opened(file.value, kind: file.kind, filePath: (path as NSString).lastPathComponent)
    }

    /// Every document with a name, for test arguments.
    static var all: [(String, ComposerDocument)] {
        var out: [(String, ComposerDocument)] = []
        for name in ["batch", "career-invalid", "single-none"] {
            if let document = file(BuiltProgram.packageRoot.appendingPathComponent("docs/examples/\(name).json").path) {
                out.append(("docs/examples/\(name).json", document))
            }
        }
        for name in Samples.names {
            if let document = file(Samples.path(name)) { out.append((name, document)) }
        }
        if let seed = file(Samples.path("batch-full")) { out.append(("batch-full with a problem in every type", broken(seed))) }
        if let career = file(Samples.path("career-history")) { out.append(("career-history with problems", brokenCareer(career))) }
        if let single = file(Samples.path("single-pdf")) { out.append(("single-pdf with problems", brokenSingle(single))) }
        return out
    }

    static func set(_ value: JSONValue?, _ path: String, in document: inout ComposerDocument) {
        guard let parsed = JSONPath(parsing: path) else { return }
        document.value.set(value, at: parsed)
    }

    /// The seed batch with one problem in each credential type and the holder.
    static func broken(_ seed: ComposerDocument) -> ComposerDocument {
        var d = seed
        set("1990-02-30", "$.digital_identity.fields.date_of_birth", in: &d)
        set("20x4", "$.education_items[0].fields.conferral_year", in: &d)
        set(nil, "$.education_items[1].fields.majors", in: &d)
        set("2024-13-01", "$.microcredential_items[0].fields.issue_date", in: &d)
        set("2020-01-01", "$.microcredential_items[1].fields.expiry_date", in: &d)
        set("Z9", "$.english_proficiency_items[0].fields.test_scores.cefr_scores.writing", in: &d)
        set("sg", "$.right_to_work_items[0].fields.country", in: &d)
        set(nil, "$.right_to_work_items[0].fields.singapore_work_rights", in: &d)
        set(nil, "$.career_history.fields.employment[0].organisation", in: &d)
        set(.number("42"), "$.universal_credential_items[0].fields.issuer_name", in: &d)
        set("Jane Other", "$.universal_credential_items[0].fields.full_name", in: &d)
        return d
    }

    static func brokenCareer(_ seed: ComposerDocument) -> ComposerDocument {
        var d = seed
        set(nil, "$.fields.full_name", in: &d)
        set("2024-13", "$.fields.employment[0].start_date", in: &d)
        set(.array([.object(JSONObject([.init("name", "")]))]), "$.fields.partner_chain", in: &d)
        return d
    }

    static func brokenSingle(_ seed: ComposerDocument) -> ComposerDocument {
        var d = seed
        set("http://example.com/x.pdf", "$.data.document", in: &d)
        set("2024-02-30", "$.data.credential.issue_date", in: &d)
        set("JC", "$.data.credential.nickname", in: &d)
        return d
    }
}

/// The leaf paths where two JSON values differ.
func changedLeaves(_ a: JSONValue?, _ b: JSONValue?, at path: JSONPath = .root) -> [JSONPath] {
    switch (a, b) {
    case (.object(let x)?, .object(let y)?):
        var keys: [String] = x.members.map(\.key)
        for key in y.members.map(\.key) where !keys.contains(key) { keys.append(key) }
        return keys.flatMap { changedLeaves(x[$0], y[$0], at: path.appending($0)) }
    case (.array(let x)?, .array(let y)?) where x.count == y.count:
        return x.indices.flatMap { changedLeaves(x[$0], y[$0], at: path.appending($0)) }
    default:
        return a == b ? [] : [path]
    }
}

extension ComposerProgram {
    /// Presses `key` (through the real key path), performing what it asks at once.
    mutating func press(_ key: Key) {
        _ = update(.key(key))
    }

    /// The screen as drawn now.
    func screen(_ size: Size = Size(width: 100, height: 30)) -> ScreenBuffer {
        var frame = ScreenBuffer(size: size)
        render(into: &frame)
        return frame
    }
}

extension ScreenBuffer {
    /// The form's line that shows the focus pointer (the outline's frame, then the form's, then ›).
    var focusedFormLine: String? {
        lines.first { $0.contains("││›") }
    }

    var messageLine: String { line(size.height - 2) }
}
