import Hummingbird
import PassCore

extension Sandbox {
    /// `GET /partner/add/{kind}`: the holder's page the redirect URI opens.
    /// The request id travels in the fragment, which browsers do not send,
    /// so a line of script copies it into the form; `?content=` works too.
    func holderPage(_ request: Request, _ context: SandboxContext) async throws -> Response {
        let content = request.uri.queryParameters.get("content") ?? ""
        let path = request.uri.path
        return SandboxAnswers.html("""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>SEEK Pass sandbox: add credentials</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"></head>
            <body style="font-family: sans-serif; max-width: 36em; margin: 3em auto">
            <h1>Add to SEEK Pass (sandbox)</h1>
            <p>A partner wants to add credentials to your wallet. This page is the local sandbox's stand-in for the holder's view.</p>
            <form method="post" action="\(Self.escape(path))">
            <input type="hidden" id="content" name="content" value="\(Self.escape(content))">
            <button type="submit" name="decision" value="accept">Accept</button>
            </form>
            <script>
            var p = new URLSearchParams(location.hash.slice(1));
            if (p.get("content")) document.getElementById("content").value = p.get("content");
            </script>
            </body></html>
            """)
    }

    /// `POST /partner/add/{kind}` with `content=<request id>`: the holder accepts.
    func holderAccept(_ request: Request, _ context: SandboxContext) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: 16 * 1024)
        let form = PercentEncoding.fields(Substring(String(buffer: body)))
        guard let content = form["content"], !content.isEmpty else {
            return SandboxAnswers.html("<!doctype html><p>No request named: open the link the partner gave you.</p>", status: .badRequest)
        }
        guard await store.accept(id: content, now: now, lifetime: options.requestLifetime) else {
            return SandboxAnswers.html("<!doctype html><p>This request is unknown, or expired and was canceled.</p>", status: .notFound)
        }
        logger.info("holder accepted \(content)")
        return SandboxAnswers.html("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Accepted</title></head><body><h1>Accepted</h1><p>The credentials are in your wallet.</p></body></html>")
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
