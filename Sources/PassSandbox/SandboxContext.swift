import Hummingbird
import NIOCore

/// The request context of the sandbox: the basic one plus the channel, so
/// the upload store can drop a connection halfway as a fault.
struct SandboxContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }

    /// Bodies are read with explicit limits by each route.
    var maxUploadSize: Int { 8 << 20 }
}
