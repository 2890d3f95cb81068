import Foundation

/// Posts messages to a running program from any thread or task; each post wakes the loop.
public final class MessagePoster<Message: Sendable>: Sendable {
    private let queue = LockedQueue<Message>()
    private let waker: any Waker

    public init(waker: any Waker) {
        self.waker = waker
    }

    /// Queues `message` for the program's `update` and wakes the loop.
    public func post(_ message: Message) {
        queue.append(message)
        waker.wake()
    }

    /// Takes every queued message, oldest first.
    func drain() -> [Message] { queue.drain() }
}

final class LockedQueue<Element: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Element] = []

    func append(_ item: Element) {
        lock.lock()
        items.append(item)
        lock.unlock()
    }

    func drain() -> [Element] {
        lock.lock()
        defer { lock.unlock() }
        let taken = items
        items.removeAll()
        return taken
    }
}
