import Foundation

/// The in-browser GraphQL explorer served at `GET /` and `GET /explorer`.
///
/// The page is an HTML document (`Assets/explorer.html`) with one style sheet and one script of
/// its own (vanilla JavaScript, no CDN, no third-party code), served from the binary at their own
/// URLs (`ExplorerAssets`), so it works offline under a policy that allows no inline script or
/// style. The server injects its configuration, the GraphQL endpoint's path and an optional default
/// token, as a JSON data block (not run as a script) that no configured value can break out of
/// (see `ExplorerPage+Escaping.swift`).
public enum ExplorerPage {
    /// The `Content-Type` to serve the page with.
    public static let contentType = "text/html; charset=utf-8"

    /// The `Content-Security-Policy` the page works under: scripts and styles from the server's own
    /// files only, never inline ones; nothing is loaded from anywhere but the server's origin (the
    /// endpoint is fetched with `connect-src 'self'`).
    public static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; "
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
    ///   - assets: the page's template and files.
    /// - Returns: the complete HTML document.
    public static func html(endpoint: String, token: String?, assets: ExplorerAssets) -> String {
        assets.template
            .replacingOccurrences(of: "@@STYLE_URL@@", with: assets.style.path)
            .replacingOccurrences(of: "@@SCRIPT_URL@@", with: assets.script.path)
            .replacingOccurrences(of: "@@CONFIG_JSON@@", with: configurationJSON(endpoint: endpoint, token: token))
    }

    /// The configuration block read by the page's script: `{"endpoint":…,"token":…}`.
    internal static func configurationJSON(endpoint: String, token: String?) -> String {
        var json = "{\"endpoint\":" + scriptSafeJSONString(endpoint)
        json += ",\"token\":" + (token.map(scriptSafeJSONString) ?? "null")
        json += "}"
        return json
    }
}
