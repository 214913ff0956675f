import Commerce

/// Why a backup or a restore of a SQLite store did not happen, worded for the operator. Nothing was
/// changed: the target, if any, is as it was.
public struct SQLiteBackupError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
