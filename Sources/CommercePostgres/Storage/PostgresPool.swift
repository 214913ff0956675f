import Synchronization

/// A bounded pool of connections to one database, each a `PostgresSession` on a thread of its own. A
/// task that finds every session busy waits, suspended and holding no thread, and is handed the next
/// one freed, first come first served. Sessions are made on demand, up to `size`.
final class PostgresPool: Sendable {
    private struct State {
        var idle: [PostgresSession] = []
        var created = 0
        var waiting: [CheckedContinuation<PostgresSession, Never>] = []
        var inUse = 0
        var peakInUse = 0
    }

    /// The libpq connection string every connection opens with.
    let connectionString: String
    /// The most connections the pool opens.
    let size: Int
    private let label: String
    private let state: Mutex<State>

    /// The size a pool gets when the configuration names none.
    static let defaultSize = 10

    /// A pool of at most `size` connections (at least one); `opened`, when given, is its first
    /// connection, already open (the one migrations ran on).
    init(connectionString: String, size: Int = defaultSize, label: String, opened: sending PostgresConnection? = nil) {
        self.connectionString = connectionString
        self.size = max(1, size)
        self.label = label
        var initial = State()
        if let opened {
            initial.idle = [PostgresSession(connectionString: connectionString, label: "\(label).0", connection: opened)]
            initial.created = 1
        }
        state = Mutex(initial)
    }

    /// Connects to `connectionString`, brings the tables of `migrators` up to date on that first
    /// connection (under the migration lock), and returns a pool of at most `size` connections that
    /// keeps it. Throws a `PostgresError` when the database cannot be reached, and a
    /// `ConfigurationError` when its schema is newer than this build.
    static func migrated(_ connectionString: String, _ migrators: [PostgresMigrator], size: Int?,
                         label: String) throws -> PostgresPool {
        let first = try PostgresConnection(connectionString: connectionString)
        for migrator in migrators { try migrator.migrate(first) }
        return PostgresPool(connectionString: connectionString, size: size ?? defaultSize, label: label, opened: first)
    }

    /// The most jobs that have held a connection at the same moment so far.
    var peakInUse: Int { state.withLock { $0.peakInUse } }

    /// Runs `body` with a connection of its own, on that connection's thread, and returns its result.
    /// A transaction `body` leaves open is rolled back.
    func withConnection<T: Sendable>(_ body: @Sendable (PostgresConnection) throws -> T) async throws -> T {
        let session = await acquire()
        defer { release(session) }
        return try await session.run(body)
    }

    /// An idle session, a new one while fewer than `size` exist, or else the next one released.
    private func acquire() async -> PostgresSession {
        await withCheckedContinuation { continuation in
            let session: PostgresSession? = state.withLock { state in
                let session: PostgresSession
                if let idle = state.idle.popLast() {
                    session = idle
                } else if state.created < size {
                    session = PostgresSession(connectionString: connectionString, label: "\(label).\(state.created)")
                    state.created += 1
                } else {
                    state.waiting.append(continuation)
                    return nil
                }
                state.inUse += 1
                state.peakInUse = max(state.peakInUse, state.inUse)
                return session
            }
            if let session { continuation.resume(returning: session) }
        }
    }

    /// Hands the session to the longest waiting task, or keeps it idle.
    private func release(_ session: PostgresSession) {
        let next: CheckedContinuation<PostgresSession, Never>? = state.withLock { state in
            guard !state.waiting.isEmpty else {
                state.inUse -= 1
                state.idle.append(session)
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume(returning: session)
    }
}
