import Commerce

/// One connection of a `PostgresPool`, an actor on an executor of its own (`QueueExecutor`): its
/// jobs run one at a time on its own thread, so libpq's blocking calls hold no thread of the
/// cooperative pool. The connection opens on first use; one that was lost is dropped after the job
/// that found it broken, or before a job when the server closed it while idle, and opened anew, so
/// the pool outlives a database restart.
actor PostgresSession {
    private let executor: QueueExecutor
    /// Runs the actor on its own queue, off the cooperative pool.
    nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }
    private let connectionString: String
    private var connection: PostgresConnection?

    /// A session that connects with `connectionString`, or starts with `connection`, already open.
    init(connectionString: String, label: String, connection: PostgresConnection? = nil) {
        executor = QueueExecutor(label: label)
        self.connectionString = connectionString
        self.connection = connection
    }

    /// Runs `body` with the session's connection (opened first if need be). Afterwards, a transaction
    /// `body` left open is rolled back, and a lost connection is dropped.
    func run<T: Sendable>(_ body: @Sendable (PostgresConnection) throws -> T) throws -> T {
        defer { tidy() }
        return try body(try open())
    }

    /// The connection, opened (again) when there is none or it was lost, also while it sat idle (a
    /// database restart ends every connection; the first job after it gets a new one, not an error).
    private func open() throws -> PostgresConnection {
        if let connection, !connection.isClosedByServer { return connection }
        connection = nil
        let opened = try PostgresConnection(connectionString: connectionString)
        connection = opened
        return opened
    }

    private func tidy() {
        guard let connection else { return }
        if connection.isBroken {
            self.connection = nil
        } else {
            connection.rollBackQuietly()
        }
    }
}
