import ComposerKit
import Foundation
import PassCore

extension ScreenRunner {
    /// The wall clock the history screen shows against; nil when this composer keeps no history.
    var historyNow: Date? { environment.history?.wallClock() }

    /// Reads the history, under the task name `history-load`.
    func loadHistory() -> Command<Message>? {
        guard let services = environment.history else { return nil }
        return .run(id: "history-load") { poster in
            let snapshot = await services.load()
            guard !Task.isCancelled else { return }
            poster.post(.history(.loaded(snapshot)))
        }
    }

    /// Asks every endpoint of `queries` for its statuses at once, under the task name `history-refresh`.
    func refreshHistory(generation: Int, _ queries: [StatusQuery]) -> Command<Message>? {
        guard let services = environment.history else { return nil }
        return .run(id: "history-refresh") { poster in
            await withTaskGroup(of: Void.self) { group in
                for query in queries {
                    group.addTask {
                        do {
                            let statuses = try await services.statuses(query.targetID, query.ids)
                            guard !Task.isCancelled else { return }
                            poster.post(.history(.answered(generation: generation, query, statuses, at: services.wallClock())))
                        } catch {
                            guard !Task.isCancelled else { return }
                            poster.post(.history(.failed(generation: generation, query, reason: "\(error)",
                                                         at: services.wallClock())))
                        }
                    }
                }
            }
            guard !Task.isCancelled else { return }
            poster.post(.history(.finished(generation: generation, at: services.wallClock())))
        }
    }

    /// Stops the history screen's work.
    var stopHistory: [Command<Message>] {
        [.cancel(id: "history-load"), .cancel(id: "history-refresh")]
    }
}
