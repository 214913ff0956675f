/// A failure to start the server (bad address, port in use, ...).
public struct HTTPServerError: Error, CustomStringConvertible, Sendable {
    /// What went wrong.
    public let description: String

    init(_ description: String) { self.description = description }
}
