import Foundation

/// The speed of one transfer, smoothed so that it reads steadily: bytes
/// per second as an exponentially weighted average of the rate between
/// samples, and the time left at that speed. The first half second only
/// sets the baseline (the connection's buffers take the first bytes far
/// faster than the wire); a count that goes back (a new attempt) starts
/// over. The submit screen and `seekpass-composer submit` both use it.
public struct TransferRate: Sendable, Equatable {
    /// Seconds after which a sample weighs half as much.
    public var halfLife: Double
    /// Seconds of progress needed before a rate is given.
    public var warmUp: Double
    /// Samples closer than this are gathered into one step.
    public var step: Double

    private var start: Double?
    private var anchor: Anchor?
    private var average: Double?

    private struct Anchor: Sendable, Equatable {
        var time: Double
        var bytes: Int64
    }

    public init(halfLife: Double = 2, warmUp: Double = 0.5, step: Double = 0.2) {
        self.halfLife = max(0.01, halfLife)
        self.warmUp = max(0, warmUp)
        self.step = max(0, step)
    }

    /// Bytes per second, once known.
    public var bytesPerSecond: Double? { average }

    /// Seconds until `total` at the current rate (nil while the rate is not known or is 0).
    public func secondsLeft(sent: Int64, total: Int64?) -> Double? {
        guard let total, let rate = average, rate > 0 else { return nil }
        return Double(max(0, total - sent)) / rate
    }

    /// `bytes` handed over in all by `time` (seconds on any steady clock).
    public mutating func record(bytes: Int64, at time: Double) {
        guard let anchor, let start, bytes >= anchor.bytes, time >= anchor.time else {
            self = TransferRate(halfLife: halfLife, warmUp: warmUp, step: step)
            self.start = time
            self.anchor = Anchor(time: time, bytes: bytes)
            return
        }
        if time - start < warmUp {
            // The baseline follows until the buffers have filled.
            self.anchor = Anchor(time: time, bytes: bytes)
            return
        }
        let elapsed = time - anchor.time
        guard elapsed >= step, elapsed > 0 else { return }
        let instant = Double(bytes - anchor.bytes) / elapsed
        if let average {
            let weight = 1 - exp2(-elapsed / halfLife)
            self.average = average + (instant - average) * weight
        } else {
            self.average = instant
        }
        self.anchor = Anchor(time: time, bytes: bytes)
    }

    /// Forgets everything (the transfer starts again).
    public mutating func reset() {
        self = TransferRate(halfLife: halfLife, warmUp: warmUp, step: step)
    }
}
