import Commerce
import Synchronization

/// One listener on a domain's change channel for everything in this server that keeps copies of the
/// domain's data, called in a fixed order on each notice: `first` (the backend's own cache), then
/// every subscriber (the response cache). With two listeners a notice could reach the response cache
/// first, and the answer it then recomputes would be read from a backend cache that had not heard of
/// the change yet, and kept.
final class PostgresChangeFanOut: Sendable {
    private struct Subscribers {
        var next = 0
        var callbacks: [(id: Int, onChange: @Sendable () -> Void)] = []
    }

    private let subscribers = Mutex(Subscribers())
    private let source = Mutex<ChangeSubscription?>(nil)

    /// Starts `listen`ing, calling `first` and then the subscribers on each of its calls.
    init(first: @escaping @Sendable () -> Void, listen: (_ onChange: @escaping @Sendable () -> Void) -> ChangeSubscription) {
        let subscription = listen { [weak self] in
            first()
            self?.notifySubscribers()
        }
        source.withLock { $0 = subscription }
    }

    deinit { source.withLock { $0 }?.cancel() }

    /// Whether the channel is listened to now.
    var isConnected: Bool { source.withLock { $0?.isConnected ?? false } }

    /// Adds `onChange`, called after `first` on each notice until the subscription is cancelled.
    func subscribe(_ onChange: @escaping @Sendable () -> Void) -> ChangeSubscription {
        let id = subscribers.withLock { state -> Int in
            state.next += 1
            state.callbacks.append((state.next, onChange))
            return state.next
        }
        return ChangeSubscription(connected: { [weak self] in self?.isConnected ?? false },
                                  cancel: { [weak self] in
                                      self?.subscribers.withLock { $0.callbacks.removeAll { $0.id == id } }
                                  })
    }

    private func notifySubscribers() {
        for callback in subscribers.withLock({ $0.callbacks }) { callback.onChange() }
    }
}
