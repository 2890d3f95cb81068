import Foundation
import Hummingbird
import PassCore

/// What the holder's page shows: reading the link, the offer with Accept
/// and Decline, the wallet after Accept, a note after Decline, "already
/// added" to a second visitor, or why there is nothing to show.
enum HolderView: Sendable {
    /// No request id in the query yet: the script reads it from the fragment.
    case opening
    case unknown
    case offer(HolderRequest)
    case wallet(HolderRequest)
    case declined(HolderRequest, byThisVisitor: Bool)
    case alreadyAdded(HolderRequest)
    case expired(HolderRequest)

    /// The view of `request` for a visitor whose cookie key is `visitorKey`.
    static func of(_ request: HolderRequest, visitorKey: String?) -> HolderView {
        let owner = visitorKey != nil && request.record.holderKey == visitorKey
        switch request.status {
        case .incomplete: return .offer(request)
        case .verified: return owner ? .wallet(request) : .alreadyAdded(request)
        case .canceled:
            return request.record.declinedAt != nil ? .declined(request, byThisVisitor: owner) : .expired(request)
        }
    }

    var name: String {
        switch self {
        case .opening: "opening"
        case .unknown: "unknown"
        case .offer: "offer"
        case .wallet: "wallet"
        case .declined: "declined"
        case .alreadyAdded: "already-added"
        case .expired: "expired"
        }
    }

    var status: HTTPResponse.Status {
        switch self {
        case .unknown: .notFound
        case .alreadyAdded: .conflict
        default: .ok
        }
    }

    private var request: HolderRequest? {
        switch self {
        case .opening, .unknown: nil
        case .offer(let r), .wallet(let r), .declined(let r, _), .alreadyAdded(let r), .expired(let r): r
        }
    }

    /// The page, for the path it is served at (the form posts back there).
    func document(path: String) -> String {
        let request = self.request
        var mainAttributes: Attributes = ["id": "main", "data-view": name]
        if let request {
            mainAttributes.append("data-status", request.status.rawValue)
            switch self {
            case .offer, .wallet:
                mainAttributes.append("data-poll", HolderRoutes.statusPath(requestID: request.record.requestID))
            default: break
            }
        }
        let title = "Sandbox stand-in, not SEEK Pass: " + heading
        return HTML.document(.tag("html", ["lang": "en"],
            .tag("head",
                .void("meta", ["charset": "utf-8"]),
                .void("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
                .tag("title", title),
                .void("link", ["rel": "stylesheet", "href": HolderRoutes.stylePath]),
                .element("script", ["src": HolderRoutes.scriptPath, "defer": ""], [])),
            .tag("body",
                .tag("a", ["class": "skip", "href": "#main"], "Skip to the request"),
                .tag("header", ["class": "sandbox-bar"],
                    .tag("p",
                        .tag("strong", "Sandbox"),
                        .text(" A local stand-in for the SEEK Pass holder page. This is not SEEK Pass: nothing leaves this machine."))),
                .element("main", mainAttributes, content(path: path)),
                .tag("footer", ["class": "page-footer"],
                    .tag("p", "seekpass-composer sandbox · the holder's side of “Add to SEEK Pass”" +
                        (request.map { " · request \($0.record.requestID)" } ?? ""))))))
    }

    /// The page's one heading.
    var heading: String {
        switch self {
        case .opening: "Opening the request…"
        case .unknown: "No such request"
        case .offer(let r): "Add \(r.credentialCount) to your wallet"
        case .wallet: "Added to your wallet"
        case .declined(_, let mine): mine ? "You declined this request" : "This request was declined"
        case .alreadyAdded: "Already added to a wallet"
        case .expired: "This request has expired"
        }
    }

    private func content(path: String) -> [HTML] {
        let h1 = HTML.tag("h1", heading)
        switch self {
        case .opening:
            return [h1,
                    .tag("p", ["id": "opening-note"], "Reading the request’s id from the link…"),
                    .tag("noscript", .tag("p", "This page needs JavaScript to read the link. Or add ?content=REQUEST_ID to the address."))]
        case .unknown:
            return [h1, .tag("p", ["class": "lead"],
                             "This sandbox has no request with this id. It forgets its requests when it stops (unless it keeps a journal) and keeps only the newest ones. Ask the partner for a new link.")]
        case .offer(let r):
            return [h1,
                    .tag("p", ["class": "lead"],
                         .text("From "), .tag("strong", r.record.clientID), .text(", for "),
                         .tag("strong", ["class": "holder-name"], r.holderName ?? "the holder"),
                         .text(". Check what will be added, then accept or decline.")),
                    summary(r, expiry: true),
                    credentials(r, title: "What will be added"),
                    decision(r, path: path)]
        case .wallet(let r):
            let when = r.record.verifiedAt.map { " on \(HolderText.moment($0))" } ?? ""
            return [h1,
                    .tag("p", ["class": "lead done"],
                         .text("You accepted\(when): \(r.credentialCount) from "), .tag("strong", r.record.clientID),
                         .text(" are now in the wallet of "), .tag("strong", ["class": "holder-name"], r.holderName ?? "the holder"),
                         .text(". The partner sees the request as verified.")),
                    summary(r, expiry: false),
                    credentials(r, title: "In your wallet")]
        case .declined(let r, _):
            let when = r.record.declinedAt.map { " on \(HolderText.moment($0))" } ?? ""
            return [h1, .tag("p", ["class": "lead"],
                             "It was declined\(when). Nothing was added to a wallet, and the partner (\(r.record.clientID)) sees the request as canceled.")]
        case .alreadyAdded(let r):
            let when = r.record.verifiedAt.map { " on \(HolderText.moment($0))" } ?? ""
            return [h1, .tag("p", ["class": "lead"],
                             "The credentials of this link were already added\(when). The first person who opens the link and accepts owns it, so they cannot be added to another wallet. If they are yours, ask the partner (\(r.record.clientID)) to send them again.")]
        case .expired(let r):
            return [h1, .tag("p", ["class": "lead"],
                             "It was not accepted before \(HolderText.moment(r.expiresAt)), so it was canceled and nothing was added. Ask the partner (\(r.record.clientID)) to send it again.")]
        }
    }

    private func summary(_ r: HolderRequest, expiry: Bool) -> HTML {
        var rows: [HTML] = [
            .tag("div", .tag("dt", "For"), .tag("dd", r.holderName ?? "the holder")),
            .tag("div", .tag("dt", "From"), .tag("dd", r.record.clientID)),
        ]
        if expiry {
            rows.append(.tag("div", .tag("dt", "Expires"),
                             .tag("dd", .tag("span", ["id": "time-left"], r.timeLeft), .text(" "),
                                  .tag("time", ["datetime": ISO8601.string(r.expiresAt), "class": "muted"],
                                       "(\(HolderText.moment(r.expiresAt)))"))))
        }
        rows.append(.tag("div", .tag("dt", "Files"),
                         .tag("dd", ["id": "files-summary", "aria-live": "polite"], HolderFile.summary(r.files))))
        return .element("dl", ["class": "summary"], rows)
    }

    private func credentials(_ r: HolderRequest, title: String) -> HTML {
        var children: [HTML] = [.tag("h2", ["id": "credentials-title"], title)]
        if let cards = r.cards {
            let files = r.filesByID
            children.append(.element("ul", ["class": "cards"], cards.enumerated().map { $0.element.html(index: $0.offset + 1, files: files) }))
        } else {
            let why = r.bodyTooLarge
                ? "The request’s body was larger than the sandbox keeps, so only its counts can be shown:"
                : "The sandbox read this request back from its journal, which keeps no bodies, so only its counts can be shown:"
            children.append(.tag("p", why))
            children.append(.element("ul", ["class": "counts"], r.record.counts.keys.sorted().map { key in
                let title = BatchSection(rawValue: key)?.title ?? HolderText.choice(key)
                return .tag("li", "\(title): \(r.record.counts[key] ?? 0)")
            }))
            let files = r.files.map { $0.html(for: "this request") }
            if !files.isEmpty { children.append(.element("ul", ["class": "files"], files)) }
        }
        return .element("section", ["class": "credentials", "aria-labelledby": "credentials-title"], children)
    }

    /// What Accept and Decline do, then the two buttons, which stay in view at the bottom.
    private func decision(_ r: HolderRequest, path: String) -> HTML {
        .join([
            .tag("p", ["id": "decision-note", "class": "decision-note"],
                 "Accept adds these credentials to your wallet and the partner sees the request as verified; Decline adds nothing and the partner sees it as canceled."),
            .tag("form", ["class": "decision", "method": "post", "action": path],
            .void("input", ["type": "hidden", "name": "content", "value": r.record.requestID]),
            .tag("div", ["class": "buttons"],
                .tag("button", ["type": "submit", "name": "decision", "value": "accept", "class": "accept", "aria-describedby": "decision-note"], "Accept and add to wallet"),
                .tag("button", ["type": "submit", "name": "decision", "value": "decline", "class": "decline", "aria-describedby": "decision-note"], "Decline"))),
        ])
    }
}
