import ComposerKit
import Foundation
import PassCore

/// Performs the work the screens ask for (``SubmitEffect``, ``HistoryEffect``,
/// ``FaultsEffect``) through the composer's environment: the only place a screen's wish
/// reaches the client, the history or the browser. Work that takes time becomes a
/// ``Command`` whose task posts the screen's messages back; quick work answers at once.
struct ScreenRunner: Sendable {
    typealias Message = ComposerProgram.Message

    let environment: ComposerEnvironment

    /// Opens `url` in the browser: whether it could, or nil when this composer cannot send (no browser either).
    func open(_ url: String) -> Bool? {
        environment.services?.openURL(url)
    }

    // MARK: The faults menu

    /// Reads the embedded sandbox's faults; nil when there is no sandbox to ask.
    func loadFaults() -> Command<Message>? {
        guard let load = environment.services?.faults else { return nil }
        return .perform { poster in poster.post(.faults(await load())) }
    }

    /// Switches a fault, then reads the faults again.
    func setFault(_ id: String, on: Bool) -> Command<Message>? {
        guard let services = environment.services, let setFault = services.setFault, let load = services.faults else { return nil }
        return .perform { poster in
            await setFault(id, on)
            poster.post(.faults(await load()))
        }
    }
}
