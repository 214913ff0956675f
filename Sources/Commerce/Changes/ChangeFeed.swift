/// A backend whose store other processes write too (PostgreSQL shared by several servers), and which
/// can say when they did: a server subscribes at start and drops what it caches of public data on each
/// call. A backend that only this process writes (memory, SQLite) does not conform and costs nothing.
public protocol ChangeFeed: Sendable {
    /// Starts watching the store: `onChange` is called, on a thread of the feed's own, after a write
    /// committed anywhere may have changed public data, and whenever the feed may have missed such a
    /// write (it lost its connection, or got it back). Watching lasts until the subscription is
    /// cancelled.
    func subscribe(_ onChange: @escaping @Sendable () -> Void) -> ChangeSubscription
}
