extension ExplorerPage {
    /// The explorer page with the built-in assets (`ExplorerAssets.embedded`).
    ///
    /// - Parameters:
    ///   - endpoint: the path (or URL) of the GraphQL endpoint the page talks to, e.g. `/graphql`.
    ///   - token: a token to pre-fill as `Authorization: Bearer <token>`, or `nil` for none.
    public static func html(endpoint: String, token: String?) -> String {
        html(endpoint: endpoint, token: token, assets: .embedded)
    }

    /// The page with the built-in assets, as UTF-8 bytes.
    public static func bytes(endpoint: String, token: String?) -> [UInt8] {
        Array(html(endpoint: endpoint, token: token).utf8)
    }
}
