import PassCore
@testable import ComposerKit

/// A new batch with predictable ids.
func newBatchState() -> ComposerState {
    let ids = IDSource.sequential()
    return ComposerState(document: Templates.newDocument(.batch, ids: ids), ids: ids)
}

extension ComposerState {
    /// The path of a field of an item's `fields`.
    static func field(_ ref: ItemRef, _ key: String) -> JSONPath {
        ref.path.appending("fields").appending(key)
    }

    func value(_ path: JSONPath) -> JSONValue? { document.value[path: path] }

    func rules(at path: JSONPath) -> [RuleID] { findings(at: path).map(\.rule) }
}

let batchID = "composer-00000000-0000-4000-8000-000000000001"
