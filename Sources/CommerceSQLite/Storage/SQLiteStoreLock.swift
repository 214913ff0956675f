import Commerce
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lock that tells a restore whether anything has a SQLite store open: an advisory `flock` on
/// `PATH.lock`, next to the database. Every backend that opens the store (and `concord migrate`)
/// holds it shared while it lives; `concord restore` takes it exclusive, without waiting, and so
/// fails at once while any server or command has the store open, and keeps new ones out while it
/// replaces the file.
///
/// SQLite's own locks cannot tell: in WAL mode an idle server holds no lock on the database that an
/// exclusive transaction would meet. `flock` locks belong to the open file, so the shared locks of
/// several backends in one process, or of several servers, sit side by side, and the kernel drops
/// them when the process ends, however it ends. A private database (":memory:", "") has no lock.
public final class SQLiteStoreLock: Sendable {
    /// The lock file could not be taken, with the reason worded for the operator.
    public struct Unavailable: Error, Sendable, CustomStringConvertible {
        /// What went wrong.
        public var message: String
        /// Whether someone else holds the lock (rather than the file not opening).
        public var isHeld: Bool

        public var description: String { message }
    }

    private let descriptor: Int32
    /// The lock file's path.
    public let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit { close(descriptor) }

    /// The lock file of the database at `databasePath`.
    public static func lockPath(of databasePath: String) -> String { databasePath + ".lock" }

    /// Holds the store at `databasePath` open, beside any other holder; nil for a private database.
    /// Fails when a restore has the store.
    public static func shared(_ databasePath: String) throws -> SQLiteStoreLock? {
        if databasePath.isEmpty || databasePath == ":memory:" { return nil }
        return try take(databasePath, exclusive: false)
    }

    /// Takes the store at `databasePath` for the caller alone; fails at once while anything holds it.
    public static func exclusive(_ databasePath: String) throws -> SQLiteStoreLock {
        try take(databasePath, exclusive: true)
    }

    private static func take(_ databasePath: String, exclusive: Bool) throws -> SQLiteStoreLock {
        let path = lockPath(of: databasePath)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Unavailable(message: "cannot open the lock file \(path): \(String(cString: strerror(errno)))", isHeld: false)
        }
        var status: Int32
        repeat { status = flock(descriptor, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) } while status != 0 && errno == EINTR
        guard status == 0 else {
            let code = errno
            close(descriptor)
            if code == EWOULDBLOCK {
                let holder = exclusive ? "a server or another concord command has \(databasePath) open"
                                       : "a concord restore is replacing \(databasePath)"
                throw Unavailable(message: "\(holder) (\(path) is locked)", isHeld: true)
            }
            throw Unavailable(message: "cannot lock \(path): \(String(cString: strerror(code)))", isHeld: false)
        }
        return SQLiteStoreLock(descriptor: descriptor, path: path)
    }
}
