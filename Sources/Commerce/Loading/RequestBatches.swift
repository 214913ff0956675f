import Synchronization

/// Per-request state that backends keep for one GraphQL request, such as the `http` backend's
/// forming batches, so that keys asked for by sibling fields of one execution level go out in one
/// call. The server sets one per request (`RequestBatches.$current`), beside its deadline.
public final class RequestBatches: Sendable {
    private let values = Mutex([String: any Sendable]())

    /// The state of the request being executed.
    @TaskLocal public static var current: RequestBatches?

    /// An empty state.
    public init() {}

    /// The value under `key`, made by `make` the first time.
    public func value<Value: Sendable>(_ key: String, make: () -> Value) -> Value {
        values.withLock { values in
            if let known = values[key] as? Value { return known }
            let made = make()
            values[key] = made
            return made
        }
    }
}
