import Synchronization

/// A running `ChangeFeed` subscription: whether it is connected to the store now (a server is not
/// ready while it is not), and how to stop it.
public final class ChangeSubscription: Sendable {
    private let connected: @Sendable () -> Bool
    private let stop: Mutex<(@Sendable () -> Void)?>

    /// A subscription that reports `isConnected` from `connected` and ends with `cancel`.
    public init(connected: @escaping @Sendable () -> Bool, cancel: @escaping @Sendable () -> Void) {
        self.connected = connected
        stop = Mutex(cancel)
    }

    /// Whether the feed is connected to the store: while it is not, the store may be unreachable.
    public var isConnected: Bool { connected() }

    /// Stops watching (again: nothing).
    public func cancel() {
        let cancel = stop.withLock { stop -> (@Sendable () -> Void)? in
            defer { stop = nil }
            return stop
        }
        cancel?()
    }

    deinit { cancel() }
}
