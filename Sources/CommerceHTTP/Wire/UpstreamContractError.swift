/// A request or an answer that does not follow the upstream contract (`docs/upstream-contract.md`).
public struct UpstreamContractError: Error, Sendable, CustomStringConvertible {
    /// What is wrong.
    public let message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
