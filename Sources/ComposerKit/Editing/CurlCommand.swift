import PassCore

/// The curl command that sends a body file, with the token left in `$ACCESS_TOKEN`. Like the
/// program's own client it follows no redirect (one could carry the `Authorization` header elsewhere).
public enum CurlCommand {
    public static func text(kind: PayloadKind, bodyFile: String, baseURL: String?) -> String {
        let path = APIPaths.standard.submit(kind)
        let base = baseURL ?? "$SEEK_PASS_URL"
        return "curl \"\(base)\(path)\" \\\n" +
            "  -H 'Content-Type: application/json' \\\n" +
            "  -H 'Accept: application/json' \\\n" +
            "  -H \"Authorization: Bearer $ACCESS_TOKEN\" \\\n" +
            "  --data-binary @\(ShellQuoting.quoted(bodyFile))"
    }
}
