import PassCore

/// A progress bar: a label, a bar drawn with partial blocks (ASCII `#`/`-` without Unicode),
/// the percentage, and a detail slot for bytes, rate and time left.
public struct ProgressBar: Widget, Hashable, Sendable {
    /// 0…1, or nil when the total is unknown (the bar then shows a moving block).
    public var fraction: Double?
    public var label: String
    /// E.g. `12.0 MB of 300 MB · 4.1 MB/s · 1:10 left` (see ``ProgressDetail``).
    public var detail: String
    /// Advances the moving block of an unknown-total bar; bump it on each tick.
    public var phase: Int

    public init(fraction: Double? = 0, label: String = "", detail: String = "", phase: Int = 0) {
        self.fraction = fraction
        self.label = label
        self.detail = detail
        self.phase = phase
    }

    public var keyHelp: HelpSection { HelpSection("Progress bar", []) }

    public mutating func handle(_ input: InputEvent) -> WidgetOutcome { .ignored }

    /// The bar alone, `width` cells wide.
    public static func bar(fraction: Double?, width: Int, glyphs: GlyphSet, phase: Int = 0) -> (filled: String, track: String, offset: Int) {
        guard width > 0 else { return ("", "", 0) }
        guard let fraction else {
            let block = max(1, width / 5)
            let span = max(1, width - block)
            let cycle = 2 * span
            let position = phase % cycle < span ? phase % cycle : cycle - phase % cycle
            let full = glyphs.progressBlocks.last ?? "#"
            return (String(repeating: full, count: block), String(repeating: glyphs.progressTrack, count: width), position)
        }
        let clamped = min(1, max(0, fraction.isFinite ? fraction : 0))
        let steps = glyphs.progressBlocks.count
        let eighths = Int((clamped * Double(width * steps)).rounded(.down))
        let fullCells = eighths / steps
        let remainder = eighths % steps
        let full = glyphs.progressBlocks.last ?? "#"
        var filled = String(repeating: full, count: fullCells)
        if remainder > 0, fullCells < width { filled.append(glyphs.progressBlocks[remainder - 1]) }
        let track = String(repeating: glyphs.progressTrack, count: width - TextLayout.width(filled))
        return (filled, track, 0)
    }

    public func render(into buffer: inout ScreenBuffer, rect: Rect, theme: Theme, focused: Bool) {
        guard !rect.isEmpty else { return }
        var barRow = rect.row(0)
        if rect.height >= 2 {
            let top = rect.row(0)
            let detailWidth = min(TextLayout.width(detail), max(0, top.width - 8))
            buffer.write(label, at: Point(x: top.x, y: top.y), style: theme[.text], maxWidth: top.width - detailWidth - (detailWidth > 0 ? 1 : 0), ellipsis: true)
            if detailWidth > 0 {
                buffer.write(detail, at: Point(x: top.maxX - detailWidth, y: top.y), style: theme[.muted], maxWidth: detailWidth, ellipsis: true)
            }
            barRow = rect.row(1)
        }
        let percent = fraction.map { " \(Int((min(1, max(0, $0.isFinite ? $0 : 0)) * 100).rounded(.down)))%" } ?? ""
        let percentText = String(repeating: " ", count: max(0, 5 - percent.count)) + percent
        let barWidth = max(0, barRow.width - (fraction == nil ? 0 : 5))
        let parts = Self.bar(fraction: fraction, width: barWidth, glyphs: theme.glyphs, phase: phase)
        var trackStyle = theme[.progressTrack]
        var barStyle = theme[.progressBar]
        if theme.glyphs.progressBlocks.count == 1 { barStyle.attributes.insert(.bold) }
        if fraction == nil {
            buffer.write(parts.track, at: Point(x: barRow.x, y: barRow.y), style: trackStyle, maxWidth: barWidth)
            buffer.write(parts.filled, at: Point(x: barRow.x + parts.offset, y: barRow.y), style: barStyle, maxWidth: barWidth - parts.offset)
        } else {
            trackStyle.attributes.remove(.reverse)
            let used = buffer.write(parts.filled, at: Point(x: barRow.x, y: barRow.y), style: barStyle, maxWidth: barWidth)
            buffer.write(parts.track, at: Point(x: barRow.x + used, y: barRow.y), style: trackStyle, maxWidth: barWidth - used)
            buffer.write(percentText, at: Point(x: barRow.x + barWidth, y: barRow.y), style: theme[.text], clip: barRow)
        }
    }
}

/// Formats the detail text of an upload: bytes sent, total, rate and time left.
public enum ProgressDetail {
    /// `12.0 MB of 300 MB · 4.1 MB/s · 1:10 left`; parts that are unknown are left out.
    /// `short`: `12.0 MB/300 MB · 4.1 MB/s · 1:10`, for narrow places.
    public static func text(sent: Int64, total: Int64?, bytesPerSecond: Double?, short: Bool = false) -> String {
        var parts: [String] = []
        if let total {
            parts.append(short ? "\(bytes(sent))/\(bytes(total))" : "\(bytes(sent)) of \(bytes(total))")
        } else {
            parts.append(bytes(sent))
        }
        if let rate = bytesPerSecond, rate > 0, rate.isFinite {
            parts.append("\(bytes(Int64(rate)))/s")
            if let total, total > sent { parts.append(duration(seconds: Double(total - sent) / rate) + (short ? "" : " left")) }
        }
        return parts.joined(separator: " · ")
    }

    /// The project's one way of writing sizes (``ByteCount``): `999 B`, `1.5 KB`, `11.4 MB`.
    public static func bytes(_ count: Int64) -> String {
        ByteCount.text(Int(max(0, count)))
    }

    /// `m:ss`, or `h:mm:ss` from an hour up.
    public static func duration(seconds: Double) -> String {
        let total = Int(seconds.isFinite ? max(0, seconds.rounded(.up)) : 0)
        let (h, m, s) = (total / 3600, (total % 3600) / 60, total % 60)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
    }
}
