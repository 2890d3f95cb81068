import Hummingbird
import PassCore

/// Who is visiting the holder's page: a random cookie stands in for the
/// holder's SEEK Pass login, so that the first visitor who accepts owns
/// the link and a second one is told it was already added. The sandbox
/// keeps only the cookie's SHA-256.
struct HolderCookie {
    static let name = "sandbox_holder"

    /// The SHA-256 of the visitor's cookie value.
    let key: String
    /// The cookie to set, when the visitor had none.
    let newCookie: Cookie?

    static func visitor(of request: Request) -> HolderCookie {
        if let value = request.cookies[name]?.value, value.count >= 16,
            value.utf8.allSatisfy({ $0 == 0x2D || $0 == 0x5F || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) {
            return HolderCookie(key: Checksum.sha256(Array(value.utf8)), newCookie: nil)
        }
        let value = SandboxOptions.randomToken(bytes: 18)
        return HolderCookie(key: Checksum.sha256(Array(value.utf8)),
                            newCookie: Cookie(name: name, value: value, path: "/", httpOnly: true, sameSite: .lax))
    }
}
