import Commerce

/// Where the server reads the store's channels: once per deployment (at start and on every
/// reload), to check the tokens' channels and to resolve each request's context.
public protocol ChannelDirectory: Sendable {
    /// Every channel of the store.
    func channels() async throws -> [Channel]
}
