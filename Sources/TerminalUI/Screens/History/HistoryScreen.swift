import ComposerKit
import Foundation
import PassCore

/// The history screen: the submissions of the local history with their live status, and
/// what can be done with one. Keys, ticks and answers change only its own state; what it
/// wants done comes back as ``HistoryEffect``s.
struct HistoryScreen: Sendable {
    var state = HistoryState()
    /// The wall-clock time the screen shows against (set on every tick and message).
    var now: Date
    /// Seconds between automatic refreshes.
    var refreshInterval: Double
    /// The frame's size, for how far a page moves.
    var size: Size
    /// Seconds since the last refresh ended (advanced by ticks).
    var sinceRefresh = 0.0
    /// The history file is being read.
    var loading = false
    /// The words to look for, while they are being typed.
    var search: TextInput?
    /// The QR code and link of the selected request, while shown.
    var code: ShownCode?
    /// The history file, for the empty screen.
    var path: String?

    init(now: Date, refreshInterval: Double, size: Size) {
        self.now = now
        self.refreshInterval = refreshInterval
        self.size = size
    }

    /// How often the loop ticks while the screen is open.
    var tickInterval: Duration { .milliseconds(Int(min(1, refreshInterval) * 1000)) }

    /// Rows the list shows at the current size.
    var listHeight: Int { max(3, HistoryLayout(size: size).list.height - 3) }

    /// A redirect URI shown again, for the request `id`.
    struct ShownCode: Sendable {
        var id: String
        var uri: String
        var qr: QRCode?
    }
}
