import Commerce

/// The store's channels by code, as a deployment read them from its `ChannelDirectory`.
public struct ChannelTable: Sendable {
    private let byCode: [String: Channel]
    /// The channels, in the directory's order.
    public let channels: [Channel]

    /// Creates a table; a later channel with the code of an earlier one is ignored.
    public init(_ channels: [Channel]) {
        var byCode: [String: Channel] = [:], kept: [Channel] = []
        for channel in channels where byCode[channel.code] == nil {
            byCode[channel.code] = channel
            kept.append(channel)
        }
        self.byCode = byCode
        self.channels = kept
    }

    /// The channel with `code`.
    public func channel(_ code: String) -> Channel? { byCode[code] }

    /// Refuses tokens that name a channel the store does not have, naming the token and the known channels.
    public func check(_ tokens: [AccessToken]) throws(ServerConfigurationError) {
        for (i, token) in tokens.enumerated() {
            for code in token.channels where byCode[code] == nil {
                let known = channels.map(\.code).joined(separator: ", ")
                throw ServerConfigurationError("tokens[\(i)] (\(token.name)) names channel \(code), which the store does not have "
                                               + "(its channels: \(known.isEmpty ? "none" : known))")
            }
        }
    }

    /// The channels a token may use, home first; for no token (`requiresToken: false`), the default channel.
    /// Empty when the store has none of them (a table not checked against the tokens).
    public func channels(for token: AccessToken?) -> [Channel] {
        (token?.channels ?? [Channel.defaultCode]).compactMap { byCode[$0] }
    }
}
