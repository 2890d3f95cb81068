/// A credential (client secret, access token) that never prints itself:
/// interpolation, `print`, `dump` and `Codable` all see `<redacted>`. The
/// value is reached only through `reveal()`, at the one place that sends it.
public struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    private let value: String

    public init(_ value: String) {
        self.value = value
        Redaction.register(value)
    }

    /// The value itself, for the request that carries it.
    public func reveal() -> String { value }

    public var isEmpty: Bool { value.isEmpty }

    public var description: String { Redaction.placeholder }
    public var debugDescription: String { Redaction.placeholder }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
