import Commerce
import Foundation
import Synchronization

/// Listens on one domain's change channel (`PostgresChangeChannel`) on a connection of its own, on a
/// thread of its own (libpq's blocking calls never run on Swift's cooperative pool), and calls
/// `onChange` for each batch of notices. When the connection is lost it calls `onChange` (nothing
/// tells it of writes from then on), tries again every `retryInterval`, and calls `onChange` once it
/// listens again (it may have missed notices in between).
final class PostgresChangeListener: Sendable {
    private let connectionString: String
    private let domain: String
    private let onChange: @Sendable () -> Void
    private let stopped = Atomic<Bool>(false)
    private let listening = Atomic<Bool>(false)

    /// How long one wait for notices lasts before the thread checks whether it should stop.
    static let pollMilliseconds: Int32 = 200
    /// The pause between two attempts to connect again.
    static let retryInterval: TimeInterval = 0.25

    private init(connectionString: String, domain: String, onChange: @escaping @Sendable () -> Void) {
        self.connectionString = connectionString
        self.domain = domain
        self.onChange = onChange
    }

    /// Starts listening to `domain`'s channel of the store at `connectionString`: the first attempt
    /// to connect is made before this returns, so a reachable store is listened to (and the server
    /// ready) at once.
    static func subscribe(connectionString: String, domain: String,
                          _ onChange: @escaping @Sendable () -> Void) -> ChangeSubscription {
        let listener = PostgresChangeListener(connectionString: connectionString, domain: domain, onChange: onChange)
        // The first connection moves to the thread, which alone uses it from then on.
        let first = Mutex(listener.connect())
        let thread = Thread { listener.run(first: first.withLock { $0.take() }) }
        thread.name = "concord.postgres.listen.\(domain)"
        thread.start()
        return ChangeSubscription(connected: { listener.listening.load(ordering: .acquiring) },
                                  cancel: { listener.stopped.store(true, ordering: .releasing) })
    }

    /// A connection listening on the channel, or nil when the store cannot be reached.
    private func connect() -> PostgresConnection? {
        guard let db = try? PostgresConnection(connectionString: connectionString),
              (try? PostgresChangeChannel.listen(domain, on: db)) != nil else { return nil }
        listening.store(true, ordering: .releasing)
        return db
    }

    private var isStopped: Bool { stopped.load(ordering: .acquiring) }

    /// The thread's loop: wait for notices on the connection; when it is lost, connect again.
    private func run(first: PostgresConnection?) {
        var connection = first
        while !isStopped {
            guard let db = connection ?? connect() else {
                Thread.sleep(forTimeInterval: Self.retryInterval)
                continue
            }
            if connection == nil { onChange() }  // listening again: notices may have been missed
            connection = nil
            while !isStopped {
                do {
                    if try db.awaitNotifications(milliseconds: Self.pollMilliseconds) > 0 { onChange() }
                } catch {
                    break
                }
            }
            listening.store(false, ordering: .releasing)
            if !isStopped { onChange() }
        }
    }
}
