import Foundation
import PassCore

extension Draft {
    /// The draft as a list of drafts shows it, every part as a person reads it:
    /// "Batch · priya.json · Priya Sharma · 3 credentials · 2 errors · 5 min ago"; a document
    /// with no file ends with its request id (long, so last).
    public func summary(now: Double) -> String {
        var parts = [document.kind.title]
        parts.append(document.holderName.trimmingCharacters(in: .whitespaces).isEmpty
            ? "no holder's name yet" : TextSanitizer.sanitize(document.holderName))
        if document.kind == .batch {
            let credentials = document.items.filter { $0 != .holder }.count
            parts.append("\(credentials) credential" + (credentials == 1 ? "" : "s"))
        }
        let errors = Validator.standard.validate(document.value, as: document.kind).errors.count
        parts.append(errors == 0 ? "no errors" : "\(errors) error" + (errors == 1 ? "" : "s"))
        parts.append(TimeText.ago(now - savedAt))
        if let file = document.filePath, !file.isEmpty {
            parts.insert(TextSanitizer.sanitize((file as NSString).lastPathComponent), at: 1)
        } else {
            parts.append(TextSanitizer.sanitize(document.requestID))
        }
        return parts.joined(separator: " · ")
    }
}
