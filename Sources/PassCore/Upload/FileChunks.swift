#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto
import NIOCore

/// A file read in chunks as the HTTP client asks for them (pull-based, so
/// at most a few chunks are in memory whatever the file's size), hashed
/// with SHA-256 on the way, reporting how many bytes the connection has
/// taken: when the client asks for a chunk, it has written every earlier
/// one (see `UploadBuffering` for how far behind the wire that is).
/// It fails when the file turns out shorter or longer than `expectedSize`.
struct FileChunks: AsyncSequence, Sendable {
    typealias Element = ByteBuffer

    let fd: Int32
    let path: String
    let expectedSize: Int64
    let chunkSize: Int
    let state: UploadPass
    /// The HTTP client's event loops: each next chunk waits until they have run what was
    /// queued before, so the client has written the previous chunk and, when the connection
    /// is full, paused the stream (`UploadBuffering`).
    var eventLoops: [any EventLoop] = []

    func makeAsyncIterator() -> Iterator {
        Iterator(chunks: self)
    }

    struct Iterator: AsyncIteratorProtocol {
        let chunks: FileChunks
        var offset: Int64 = 0
        let allocator = ByteBufferAllocator()

        init(chunks: FileChunks) {
            self.chunks = chunks
        }

        mutating func next() async throws -> ByteBuffer? {
            try Task.checkCancellation()
            let remaining = chunks.expectedSize - offset
            if remaining <= 0 {
                // A file that grew since the check is refused, not cut short silently.
                var info = stat()
                if fstat(chunks.fd, &info) == 0, Int64(info.st_size) != chunks.expectedSize {
                    throw UploadFileChanged(path: chunks.path, expected: chunks.expectedSize, now: Int64(info.st_size))
                }
                chunks.state.finish()
                return nil
            }
            if offset > 0 {
                for loop in chunks.eventLoops { try await loop.submit {}.get() }
            }
            let wanted = Int(Swift.min(Int64(chunks.chunkSize), remaining))
            var buffer = allocator.buffer(capacity: wanted)
            let fd = chunks.fd
            let start = offset
            let n = buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: wanted) { pointer in
                var got = 0
                while got < wanted {
                    let r = pread(fd, pointer.baseAddress! + got, wanted - got, off_t(start) + off_t(got))
                    if r < 0 && errno == EINTR { continue }
                    if r <= 0 { break }
                    got += r
                }
                return got
            }
            if n < wanted {
                var info = stat()
                let now = fstat(fd, &info) == 0 ? Int64(info.st_size) : -1
                throw UploadFileChanged(path: chunks.path, expected: chunks.expectedSize, now: now)
            }
            chunks.state.handedOver(start)
            offset += Int64(n)
            buffer.withUnsafeReadableBytes { chunks.state.consume($0) }
            return buffer
        }
    }
}

/// The file changed size between the check and the upload.
struct UploadFileChanged: Error, CustomStringConvertible {
    var path: String
    var expected: Int64
    var now: Int64

    var description: String {
        "\(path) changed while it was being uploaded (it was \(ByteCount.text(Int(expected))), now \(now < 0 ? "unreadable" : ByteCount.text(Int(now)))); wait until it is saved completely and retry"
    }
}
