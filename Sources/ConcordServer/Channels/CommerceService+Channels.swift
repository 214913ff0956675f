import Commerce

extension CommerceService {
    /// Where a deployment reads the store's channels: its catalog backend.
    static func channelDirectory(for backends: CommerceBackends) -> any ChannelDirectory {
        CatalogChannelDirectory(catalog: backends.catalog)
    }

    /// The store's channels, with every token's channels checked against them: a token naming a
    /// channel the store does not have is a configuration error, at start and on reload.
    static func channelTable(_ configuration: ConfigurationFile, backends: CommerceBackends) throws -> ChannelTable {
        let directory = channelDirectory(for: backends)
        let table = ChannelTable(try wait { try await directory.channels() })
        try table.check(configuration.app.tokens)
        return table
    }
}
