import ComposerKit
import PassCore

/// The submit screen's text, cut to fit: summary rows wrapped at their
/// separators and shared out by importance, the steps line in a shorter
/// form when the long one does not fit, the redirect URI broken at its
/// own punctuation.
enum SubmitText {
    /// One labelled row of the summary: its parts, joined with `separator`.
    struct Field {
        var label: String
        var parts: [String]
        var separator: String
        var warning = false
    }

    /// The summary's rows, in the order shown.
    static func summaryFields(_ summary: SubmissionSummary, endpoint: EndpointChoice) -> [Field] {
        var fields = [
            Field(label: "To", parts: [endpoint.baseURL, endpoint.label], separator: " · ", warning: endpoint.isProduction),
            Field(label: "Request", parts: [summary.requestID, summary.kind.noun, ProgressDetail.bytes(Int64(summary.bodySize))],
                  separator: " · "),
            Field(label: "Contents", parts: summary.counts.map { "\($0.count) \($0.title)" }, separator: " · "),
            Field(label: "Scopes", parts: summary.scopes, separator: " "),
        ]
        if !summary.files.isEmpty {
            fields.append(Field(label: "Files", parts: summary.files.map { file in
                let size = file.size.map { ", " + ProgressDetail.bytes(Int64($0)) } ?? ""
                return "\(file.path.lastPathComponent) (\(file.type.displayName)\(size))"
            }, separator: " · "))
        }
        return fields
    }

    /// `parts` packed into lines of at most `width` cells, breaking only between parts
    /// (a part wider than a line gets a line of its own and is cut when drawn).
    static func pack(_ parts: [String], separator: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for part in parts {
            if line.isEmpty {
                line = part
            } else if TextLayout.width(line) + TextLayout.width(separator) + TextLayout.width(part) <= width {
                line += separator + part
            } else {
                // The separator stays at the end of the line when it fits: more follows.
                let mark = separator.trimmingTrailingSpaces
                lines.append(TextLayout.width(line + mark) <= width ? line + mark : line)
                line = part
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The width of the label column.
    static let labelWidth = 9

    /// Each field's lines within `budget` rows: one row each first (the last fields are
    /// dropped when even that does not fit), then more rows for the request, the destination,
    /// the contents, the files and the scopes, in that order (the files have their own bars).
    static func fit(_ fields: [Field], width: Int, budget: Int) -> [(field: Field, lines: [String])] {
        let wrapped = fields.map { (field: $0, lines: pack($0.parts, separator: $0.separator, width: width)) }
        var shown = Array(wrapped.prefix(max(0, budget)))
        var rows = shown.map { _ in 1 }
        var left = budget - shown.count
        for label in ["Request", "To", "Contents", "Files", "Scopes"] where left > 0 {
            guard let i = shown.firstIndex(where: { $0.field.label == label }) else { continue }
            let extra = min(left, shown[i].lines.count - rows[i])
            rows[i] += extra
            left -= extra
        }
        for i in shown.indices {
            let all = shown[i].lines
            guard rows[i] < all.count else { continue }
            // The last row shown says that more was cut.
            var kept = Array(all.prefix(rows[i]))
            kept[kept.count - 1] += "…"
            shown[i].lines = kept
        }
        return shown
    }

    /// The steps' names and the arrow between them: long names when the line fits in
    /// `width`, else short ones.
    static func steps(marks: [String], fileCount: Int, width: Int) -> (names: [String], arrow: String) {
        let files = fileCount == 0 ? "" : " \(fileCount) file\(fileCount == 1 ? "" : "s")"
        let long = ["Authenticating", "Sending", "Uploading" + files, "Done"]
        let short = ["Token", "Send", "Upload" + files, "Done"]
        func cells(_ names: [String], _ arrow: String) -> Int {
            TextLayout.width(zip(marks, names).map { "\($0) \($1)" }.joined(separator: arrow))
        }
        if cells(long, "  →  ") <= width { return (long, "  →  ") }
        if cells(short, " → ") <= width { return (short, " → ") }
        return (["Token", "Send", "Upload", "Done"], " ")
    }

    /// The URI in lines of `width`: broken after `/ # & ?` where that takes no more lines
    /// than cutting anywhere (a URI has no spaces; copying it is C's work).
    static func wrapURI(_ uri: String, width: Int) -> [String] {
        let width = max(1, width)
        let cut = hardWrap(uri, width: width)
        var lines: [String] = []
        var rest = Substring(uri)
        while !rest.isEmpty {
            if rest.count <= width {
                lines.append(String(rest))
                break
            }
            let window = rest.prefix(width)
            let breakAt = window.lastIndex { "/#&?".contains($0) }.map { window.index(after: $0) } ?? window.endIndex
            lines.append(String(rest[..<breakAt]))
            rest = rest[breakAt...]
        }
        return lines.count <= cut.count ? lines : cut
    }

    static func hardWrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            lines.append(String(rest.prefix(width)))
            rest = rest.dropFirst(width)
        }
        return lines
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.hasSuffix(" ") { copy.removeLast() }
        return copy
    }
}
