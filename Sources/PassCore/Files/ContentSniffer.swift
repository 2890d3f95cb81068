/// Recognises files that are not JSON text at all (a PDF, an image, an
/// archive, UTF-16 text, binary data) so the message names what the file is
/// instead of the first byte the parser could not read.
enum ContentSniffer {
    /// Why `bytes` cannot be a JSON text, with the byte offset it shows at;
    /// `nil` when they may be one (the parser decides).
    static func notText(_ bytes: [UInt8]) -> (reason: String, offset: Int)? {
        for signature in signatures where bytes.starts(with: signature.magic) {
            return ("the file is \(signature.name), not a JSON payload; name the payload's .json file", 0)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return ("the file is UTF-16 text; save it as UTF-8", 0)
        }
        if let nul = bytes.prefix(64 * 1024).firstIndex(of: 0) {
            return ("the file holds binary data (a NUL byte), not JSON text; name the payload's .json file", nul)
        }
        return nil
    }

    private static let signatures: [(magic: [UInt8], name: String)] = [
        (Array("%PDF".utf8), "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or a .docx/.xlsx document)"),
        ([0x1F, 0x8B], "gzip-compressed"),
    ]
}
