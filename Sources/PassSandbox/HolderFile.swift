import Foundation
import PassCore

/// One declared file as the holder's page shows it: its type, and
/// whether it arrived (with its size and SHA-256 prefix), is still
/// awaited or failed. The page and its status endpoint both say it with
/// these words, so what the page polls is what it first showed.
struct HolderFile: Sendable, Equatable {
    enum State: String, Sendable {
        case arrived
        case waiting
        case failed
    }

    let assetID: String
    let type: AssetType
    let state: State
    /// The state in a sentence ("Arrived · 50.0 kB · SHA-256 3f2a9c1e7b04").
    let text: String
    /// Where the received file opens, when its bytes are at hand.
    let href: String?

    /// Hex digits of the SHA-256 shown: enough to compare with `sha256sum` by eye.
    static let digestPrefix = 12

    init(_ asset: SandboxRecord.Asset, requestID: String, canOpen: Bool, now: Date) {
        assetID = asset.assetID
        type = asset.declaredType
        if let upload = asset.upload {
            state = .arrived
            var text = "Arrived · \(ByteCount.text(Int(clamping: upload.size))) · SHA-256 \(upload.sha256.prefix(Self.digestPrefix))"
            if !canOpen { text += " · not kept for viewing (only its size and SHA-256 are)" }
            self.text = text
            href = canOpen ? Self.path(requestID: requestID, assetID: asset.assetID) : nil
        } else if let failure = asset.failure {
            state = .failed
            let attempts = failure.attempts == 1 ? "" : " (\(failure.attempts) attempts)"
            text = "Failed: \(failure.reason)\(attempts); the partner can send it again"
            href = nil
        } else {
            state = .waiting
            text = now >= asset.linkExpiresAt
                ? "Waiting for upload: its link expired, so the partner must send the request again for a new one"
                : "Waiting for the partner to upload it"
            href = nil
        }
    }

    /// `/_sandbox/holder/{request id}/files/{asset id}`
    static func path(requestID: String, assetID: String) -> String {
        HolderRoutes.prefix + "/" + PercentEncoding.pathSegment(requestID) + "/files/" + PercentEncoding.pathSegment(assetID)
    }

    /// "3 of 4 files arrived", "No files", "1 file arrived".
    static func summary(_ files: [HolderFile]) -> String {
        let arrived = files.filter { $0.state == .arrived }.count
        let failed = files.filter { $0.state == .failed }.count
        var text: String
        switch files.count {
        case 0: return "No files"
        case arrived: text = files.count == 1 ? "The file arrived" : "All \(files.count) files arrived"
        default: text = "\(arrived) of \(files.count) files arrived"
        }
        if failed > 0 { text += ", \(failed) failed" }
        return text
    }

    /// The row: type, id, state, and a link to open it once it arrived.
    func html(for credential: String) -> HTML {
        let name = "the " + type.displayName
        return .tag("li", ["class": "file", "data-asset": assetID, "data-state": state.rawValue],
            .tag("span", ["class": "file-type"], type.displayName),
            .tag("span", ["class": "file-id"], assetID),
            .tag("span", ["class": "file-state"], text),
            .tag("a", ["class": "file-open", "href": href ?? "", "hidden": href == nil ? "" : nil, "target": "_blank", "rel": "noopener", "aria-label": "Open \(name) of \(credential)"], "Open \(name)"))
    }

    /// The row as the status endpoint sends it.
    var json: JSONValue {
        .object(JSONObject([
            .init("asset_id", .string(assetID)),
            .init("state", .string(state.rawValue)),
            .init("text", .string(text)),
            .init("href", href.map(JSONValue.string) ?? .null),
        ]))
    }
}
