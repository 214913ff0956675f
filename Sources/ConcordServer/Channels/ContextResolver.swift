import Commerce

/// Turns a request's token channels and its operation's `@inContext` into the request's
/// `ChannelSession` (`StorefrontContext.resolve`: Shopify's fallbacks within the token's channels).
enum ContextResolver {
    /// The session of a request whose token may use `channels` and whose operation asks for
    /// `requested`; nil when the request has no channels (a context built by hand in a test).
    static func session(channels: [Channel], requested: RequestedContext) -> ChannelSession? {
        guard !channels.isEmpty else { return nil }
        return ChannelSession(allowed: channels,
                              requested: .resolve(allowed: channels, country: requested.country, language: requested.language))
    }

    /// The context of a request without an operation (refused before one was read): the token's home.
    static func home(_ channels: [Channel]) -> StorefrontContext? {
        channels.isEmpty ? nil : .resolve(allowed: channels, country: nil, language: nil)
    }

    /// A BCP 47 tag in `LanguageCode`'s spelling, as `extensions.context` echoes it: `de-AT` → `DE_AT`.
    static func languageCode(_ tag: String) -> String {
        tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).map { $0.uppercased() }.joined(separator: "_")
    }
}
