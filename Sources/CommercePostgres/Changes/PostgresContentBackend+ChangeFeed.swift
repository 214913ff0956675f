import Commerce

extension PostgresContentBackend: ChangeFeed {
    /// Listens to the content's change channel: page and module writes of any server.
    public func subscribe(_ onChange: @escaping @Sendable () -> Void) -> ChangeSubscription {
        PostgresChangeListener.subscribe(connectionString: pool.connectionString, domain: Self.changeDomain, onChange)
    }
}
