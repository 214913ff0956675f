import Commerce

/// The store's channels as its catalog backend lists them (`CatalogBackend.channels()`). A catalog
/// that lists none (a store created before channels, or not seeded) has the one default channel,
/// `Channel.standard` (`web-eu`), which its stored prices and stock are read in. So has a catalog
/// upstream that cannot be reached when the list is read: the server starts and fails softly, as it
/// does for the upstream's other reads, and the next reload reads the list again.
struct CatalogChannelDirectory: ChannelDirectory {
    /// The catalog backend.
    let catalog: any CatalogBackend

    /// Every channel of the store, the default channel when the catalog lists none or its upstream
    /// is unavailable.
    func channels() async throws -> [Channel] {
        let listed: [Channel]
        do {
            listed = try await catalog.channels()
        } catch is UpstreamUnavailableError {
            return [Channel.standard]
        }
        return listed.isEmpty ? [Channel.standard] : listed
    }
}
