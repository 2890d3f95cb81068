import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import PassCore

/// How long a connection may take and how many may be open at once. A
/// request's head must arrive whole within `headerReadTimeout` of its first
/// byte (a new connection must send one that soon too); a connection with
/// no request in progress is closed after `idleTimeout`; at most
/// `maximumConnections` are open, and past that the one waiting longest
/// without a request in progress is closed to make room (none in progress:
/// the new one is closed at once).
public struct ConnectionLimits: Sendable, Equatable {
    public var headerReadTimeout: Duration
    public var idleTimeout: Duration
    public var maximumConnections: Int

    /// 30 s for a head, 120 s idle, 512 connections (see docs/sandbox.md).
    public static let standard = ConnectionLimits(headerReadTimeout: .seconds(30), idleTimeout: .seconds(120), maximumConnections: 512)

    public init(headerReadTimeout: Duration, idleTimeout: Duration, maximumConnections: Int) {
        self.headerReadTimeout = headerReadTimeout
        self.idleTimeout = idleTimeout
        self.maximumConnections = maximumConnections
    }

    /// `maximumConnections`, but never more than half the process's limit
    /// of open files (`ulimit -n`), so that the sandbox never runs out of
    /// descriptors, whatever the number of clients.
    public var effectiveMaximumConnections: Int {
        var limit = rlimit()
        let files = getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 ? Int(clamping: limit.rlim_cur) : 1024
        return max(1, min(maximumConnections, max(8, files / 2)))
    }
}

/// Every open connection of one sandbox: what it is doing, since when, and
/// the timers that close it. Shared by the event loops (behind a lock).
final class ConnectionRegistry: @unchecked Sendable {
    enum Phase: Equatable {
        /// Waiting for a request (`fresh`: none yet on this connection).
        case waiting(fresh: Bool)
        /// The first bytes of a request's head have arrived, not all of it.
        case readingHead
        /// This many requests are being answered.
        case busy(Int)
    }

    private struct Entry {
        var channel: any Channel
        var phase: Phase
        var generation: Int
        var since: ContinuousClock.Instant
    }

    let limits: ConnectionLimits
    let capacity: Int
    private let lock = NSLock()
    private var entries: [ObjectIdentifier: Entry] = [:]

    init(limits: ConnectionLimits) {
        self.limits = limits
        capacity = limits.effectiveMaximumConnections
    }

    /// How many connections are open.
    var count: Int { lock.withLock { entries.count } }

    /// A connection was accepted: makes room for it if need be and starts its header timer.
    func opened(_ channel: any Channel) {
        let id = ObjectIdentifier(channel)
        var evict: (any Channel)?
        var refuse = false
        lock.withLock {
            if entries.count >= capacity {
                let idle = entries.filter { if case .busy = $0.value.phase { false } else { true } }
                if let oldest = idle.min(by: { $0.value.since < $1.value.since }) {
                    evict = oldest.value.channel
                    entries[oldest.key] = nil
                } else {
                    refuse = true
                }
            }
            if !refuse {
                entries[id] = Entry(channel: channel, phase: .waiting(fresh: true), generation: 0, since: .now)
            }
        }
        evict?.close(promise: nil)
        if refuse {
            channel.close(promise: nil)
            return
        }
        channel.closeFuture.whenComplete { [weak self] _ in self?.closed(id) }
        schedule(id, channel, generation: 0, after: limits.headerReadTimeout)
    }

    /// Bytes arrived: a request's head begins unless one is in progress.
    func bytesArrived(_ channel: any Channel) {
        let id = ObjectIdentifier(channel)
        let generation: Int? = lock.withLock {
            guard var entry = entries[id], case .waiting = entry.phase else { return nil }
            entry.phase = .readingHead
            entry.generation += 1
            entry.since = .now
            entries[id] = entry
            return entry.generation
        }
        if let generation { schedule(id, channel, generation: generation, after: limits.headerReadTimeout) }
    }

    /// A request's head arrived whole; its answer is being made.
    func requestStarted(_ channel: any Channel) {
        let id = ObjectIdentifier(channel)
        lock.withLock {
            guard var entry = entries[id] else { return }
            if case .busy(let n) = entry.phase { entry.phase = .busy(n + 1) } else { entry.phase = .busy(1) }
            entry.generation += 1
            entry.since = .now
            entries[id] = entry
        }
    }

    /// A request was answered; with none left the connection waits, idle.
    func requestEnded(_ channel: any Channel) {
        let id = ObjectIdentifier(channel)
        let generation: Int? = lock.withLock {
            guard var entry = entries[id], case .busy(let n) = entry.phase else { return nil }
            entry.phase = n > 1 ? .busy(n - 1) : .waiting(fresh: false)
            entry.generation += 1
            entry.since = .now
            entries[id] = entry
            return n > 1 ? nil : entry.generation
        }
        if let generation { schedule(id, channel, generation: generation, after: limits.idleTimeout) }
    }

    private func closed(_ id: ObjectIdentifier) {
        lock.withLock { entries[id] = nil }
    }

    /// Closes the connection after `delay` unless it has moved on by then.
    private func schedule(_ id: ObjectIdentifier, _ channel: any Channel, generation: Int, after delay: Duration) {
        channel.eventLoop.scheduleTask(in: .nanoseconds(delay.inNanoseconds)) { [weak self] in
            self?.expire(id, generation: generation)
        }
    }

    private func expire(_ id: ObjectIdentifier, generation: Int) {
        let channel: (any Channel)? = lock.withLock {
            guard let entry = entries[id], entry.generation == generation else { return nil }
            if case .busy = entry.phase { return nil }
            entries[id] = nil
            return entry.channel
        }
        channel?.close(promise: nil)
    }
}

/// The first handler of every connection: tells the registry when bytes
/// arrive, so a head that trickles in is timed from its first byte.
final class ByteArrivalHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let registry: ConnectionRegistry

    init(registry: ConnectionRegistry) {
        self.registry = registry
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        registry.bytesArrived(context.channel)
        context.fireChannelRead(data)
    }
}

/// Hummingbird's HTTP/1 child channel with the registry's timers and bound
/// around it: each accepted connection is registered, its bytes watched,
/// and each request's answer bracketed.
struct GuardedHTTP1Channel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value

    private let base: HTTP1Channel
    private let registry: ConnectionRegistry

    init(responder: @escaping HTTPChannelHandler.Responder, registry: ConnectionRegistry) {
        self.registry = registry
        base = HTTP1Channel(
            responder: { request, writer, channel in
                registry.requestStarted(channel)
                defer { registry.requestEnded(channel) }
                try await responder(request, writer, channel)
            },
            // Hummingbird's own idle timer closes a connection whose request body stalls.
            configuration: .init(idleTimeout: ConnectionRegistry.timeAmount(registry.limits.idleTimeout)))
    }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        do {
            try channel.pipeline.syncOperations.addHandler(ByteArrivalHandler(registry: registry), position: .first)
        } catch {
            return channel.eventLoop.makeFailedFuture(error)
        }
        registry.opened(channel)
        return base.setup(channel: channel, logger: logger)
    }

    func handle(value: Value, logger: Logger) async {
        await base.handle(value: value, logger: logger)
    }

    /// The server builder for `Application(server:)`.
    static func builder(registry: ConnectionRegistry) -> HTTPServerBuilder {
        HTTPServerBuilder { responder in GuardedHTTP1Channel(responder: responder, registry: registry) }
    }
}

extension ConnectionRegistry {
    static func timeAmount(_ d: Duration) -> TimeAmount {
        .nanoseconds(d.inNanoseconds)
    }
}
