import Commerce

extension PostgresCatalogBackend: ChangeFeed {
    /// Listens to the catalog's change channel: catalog writes and stock changes of any server.
    public func subscribe(_ onChange: @escaping @Sendable () -> Void) -> ChangeSubscription {
        PostgresChangeListener.subscribe(connectionString: pool.connectionString, domain: Self.changeDomain, onChange)
    }
}
