/// A broken contract: what the kit expected, which backend broke it, and where in the kit the check is.
/// Thrown by a `BackendKitCase`; its description says it all in one line.
public struct BackendKitFailure: Error, Sendable, CustomStringConvertible {
    /// What was expected and what the backend did instead.
    public let message: String
    /// The backend's name (`BackendFactory.name`).
    public let backend: String
    /// The kit source file of the check (`#fileID`).
    public let file: String
    /// The line of the check.
    public let line: Int

    /// Creates a failure.
    public init(message: String, backend: String, file: String, line: Int) {
        self.message = message
        self.backend = backend
        self.file = file
        self.line = line
    }

    public var description: String { "[\(backend)] \(message) (\(file):\(line))" }
}
