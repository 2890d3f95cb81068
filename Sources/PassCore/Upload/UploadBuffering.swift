#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOCore

/// How far an upload's reported progress can run ahead of the bytes the
/// connection has sent: about 1 MiB at most, whatever the file's size.
///
/// - A file is read in `chunkSize` pieces only when the HTTP client asks for
///   the next one, and the client asks only while the connection is writable
///   (NIO's write buffer below its high-water mark, 64 KiB). The client learns
///   that on its event loop, after the write of a chunk has run there; so
///   before each chunk `FileChunks` waits until the client's event loops have
///   run what was queued before it. Without that, the next chunks are read
///   while the first writes are still queued, megabytes in a few milliseconds.
/// - The kernel would still take several megabytes into the socket's send
///   buffer before the first of them left, so each connection keeps at most
///   `unsentLimit` bytes unsent (`TCP_NOTSENT_LOWAT`), while the bytes in
///   flight stay as many as the network carries.
///
/// Progress counts a chunk once the next one is asked for (`FileChunks`).
public enum UploadBuffering {
    /// Bytes read from disk at a time.
    public static let chunkSize = 256 * 1024
    /// Bytes a connection keeps queued in the kernel beyond those in flight.
    public static let unsentLimit: Int32 = 128 * 1024

    /// Applied to every HTTP/1.1 connection the shared client opens.
    @Sendable public static func limit(_ channel: Channel) -> EventLoopFuture<Void> {
        #if os(Linux) || os(macOS)
        let option = ChannelOptions.Types.SocketOption(level: SocketOptionLevel(IPPROTO_TCP), name: SocketOptionName(TCP_NOTSENT_LOWAT))
        // A transport that does not know the option uploads as before.
        return channel.setOption(option, value: SocketOptionValue(unsentLimit)).flatMapErrorThrowing { _ in }
        #else
        return channel.eventLoop.makeSucceededVoidFuture()
        #endif
    }
}
