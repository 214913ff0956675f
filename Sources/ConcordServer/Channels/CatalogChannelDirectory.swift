import Commerce

/// The store's channels as its catalog backend lists them (`CatalogBackend.channels()`). A catalog
/// that lists none (a store created before channels, or not seeded) has the one default channel,
/// `Channel.standard` (`web-eu`), which its stored prices and stock are read in.
struct CatalogChannelDirectory: ChannelDirectory {
    /// The catalog backend.
    let catalog: any CatalogBackend

    /// Every channel of the store, the default channel when the catalog lists none.
    func channels() async throws -> [Channel] {
        let listed = try await catalog.channels()
        return listed.isEmpty ? [Channel.standard] : listed
    }
}
