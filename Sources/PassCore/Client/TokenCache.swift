import Foundation

/// Access tokens obtained by the client-credentials grant, one per set of
/// scopes, each kept until shortly before it expires.
actor TokenCache {
    struct Entry {
        var token: Secret
        var refreshAt: Date
    }

    private var entries: [String: Entry] = [:]

    /// The cached token for `key` when it is still fresh at `now`.
    func token(for key: String, now: Date) -> Secret? {
        guard let entry = entries[key] else { return nil }
        if now >= entry.refreshAt {
            entries[key] = nil
            return nil
        }
        return entry.token
    }

    func store(_ token: Secret, for key: String, refreshAt: Date) {
        entries[key] = Entry(token: token, refreshAt: refreshAt)
    }

    /// Forgets `token` (after a 401), under whichever key holds it.
    func invalidate(_ token: Secret) {
        for (key, entry) in entries where entry.token == token { entries[key] = nil }
    }

    /// When the token for `key` will be refreshed, for display.
    func refreshTime(for key: String) -> Date? {
        entries[key]?.refreshAt
    }
}
