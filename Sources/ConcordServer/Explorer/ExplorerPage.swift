/// The in-browser GraphQL explorer served at `GET /` and `GET /explorer`.
///
/// The page is one self-contained HTML document (markup, CSS and vanilla JavaScript, no CDN,
/// no third-party code), so it works offline. The server injects its configuration, the GraphQL
/// endpoint's path and an optional default token, as a JSON data block that no configured value
/// can break out of (see `ExplorerPage+Escaping.swift`).
public enum ExplorerPage {
    /// The `Content-Type` to serve the page with.
    public static let contentType = "text/html; charset=utf-8"

    /// A `Content-Security-Policy` the page works under: nothing is loaded from anywhere but
    /// the page itself and the server's own origin (the endpoint is fetched with `connect-src 'self'`).
    public static let contentSecurityPolicy =
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
        + "img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

    /// The headers to serve the page with, besides `Content-Length`: its type, the policy above,
    /// `no-store` (the page may carry a token), and no sniffing, framing or referrers.
    public static let responseHeaders: [(name: String, value: String)] = [
        ("Content-Type", contentType),
        ("Content-Security-Policy", contentSecurityPolicy),
        ("Cache-Control", "no-store"),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "no-referrer"),
    ]

    /// The explorer page.
    ///
    /// - Parameters:
    ///   - endpoint: the path (or URL) of the GraphQL endpoint the page talks to, e.g. `/graphql`.
    ///   - token: a token to pre-fill as `Authorization: Bearer <token>`, or `nil` for none
    ///     (the demo configuration passes the demo storefront token).
    /// - Returns: the complete HTML document.
    public static func html(endpoint: String, token: String?) -> String {
        var page = ""
        page.reserveCapacity(markupHead.utf8.count + style.utf8.count + markupBody.utf8.count + 110_000)
        page += markupHead
        page += "<style>\n" + style + "</style>\n</head>\n"
        page += markupBody
        page += "<script id=\"concord-config\" type=\"application/json\">"
        page += configurationJSON(endpoint: endpoint, token: token)
        page += "</script>\n<script>\n(function () {\n'use strict';\n"
        page += editorScript
        page += completionScript
        page += formatScript
        page += docsScript
        page += appScript
        page += "})();\n</script>\n</body>\n</html>\n"
        return page
    }

    /// The explorer page as UTF-8 bytes, ready to write to a socket.
    public static func bytes(endpoint: String, token: String?) -> [UInt8] {
        Array(html(endpoint: endpoint, token: token).utf8)
    }

    /// The configuration block read by the page's script: `{"endpoint":…,"token":…}`.
    internal static func configurationJSON(endpoint: String, token: String?) -> String {
        var json = "{\"endpoint\":" + scriptSafeJSONString(endpoint)
        json += ",\"token\":" + (token.map(scriptSafeJSONString) ?? "null")
        json += "}"
        return json
    }
}
