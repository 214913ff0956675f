/// A write to a domain served by an upstream (the `http` backend): the contract carries reads only,
/// so writes go to the service that owns the data.
public struct UpstreamReadOnlyError: Error, Sendable, CustomStringConvertible {
    /// The service.
    public let service: String

    public var description: String { "the \(service) service is read-only through the http backend; write to it directly" }
}
