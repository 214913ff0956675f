import Commerce

extension PostgresError: UnreachableStoreError {
    /// A connection that could not be made or was lost (the database down or restarting).
    public var isUnreachable: Bool { kind == .connection }
}
