import Commerce

extension CommerceService {
    /// Where a deployment reads the store's channels. INTERIM: the seeded store's list in code
    /// (`InterimSeedChannels`) until the catalog backends list their channels (issue 13's data side);
    /// at that merge this returns a directory over `backends.catalog`, and nothing else changes.
    static func channelDirectory(for backends: CommerceBackends) -> any ChannelDirectory {
        InterimSeedChannels()
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
