import Foundation

extension PostgresConnection {
    /// How many times a transaction runs again after a serialization failure or a deadlock.
    static let transactionRetries = 5

    /// Runs `body` in one transaction (BEGIN … COMMIT; ROLLBACK when anything throws). When the server
    /// rolls it back for a serialization failure or a deadlock (`PostgresError.isRetryable`), the whole
    /// transaction, `body` included, runs again, up to `retries` times, after a short random pause:
    /// `body` must decide only from what it reads inside the transaction.
    func transaction<T>(retries: Int = transactionRetries, _ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                try execute("BEGIN")
                let value = try body()
                try execute("COMMIT")
                return value
            } catch {
                rollBackQuietly()
                if let failure = error as? PostgresError, failure.isRetryable, attempt < retries {
                    attempt += 1
                    usleep(UInt32.random(in: 1_000...5_000) * UInt32(attempt))
                    continue
                }
                throw error
            }
        }
    }

    /// Runs `body` in one read-only transaction whose statements all see the same snapshot of the
    /// database (REPEATABLE READ): a read of several statements, such as products with their variants
    /// and images, never mixes data from before and after another server's commit. A read-only
    /// transaction never fails to serialize, so it is not run again.
    func readTransaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            rollBackQuietly()
            throw error
        }
    }

    /// Ends an open or failed transaction, ignoring any error: a lost connection has none to end.
    func rollBackQuietly() {
        guard !isIdle, !isBroken else { return }
        try? execute("ROLLBACK")
    }
}
