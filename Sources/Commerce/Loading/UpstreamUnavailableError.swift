/// A read that an upstream service (an `http` backend) could not answer, in time or at all, for
/// keys with no cached copy to serve stale. It becomes `CommerceError.upstreamUnavailable`: GraphQL
/// reports it where the field is, with `extensions.code: "UPSTREAM_UNAVAILABLE"` and
/// `extensions.service`, and the rest of the response still comes back (HTTP 200). `partial` holds
/// what could be served for the other keys of a batched read (stale copies), which a `BatchLoader`
/// hands to their fields.
// unchecked: the keys boxed in `AnyHashable` in `partial` are a `BatchLoader`'s keys, which are Sendable
public struct UpstreamUnavailableError: Error, @unchecked Sendable, CustomStringConvertible {
    /// The service's name.
    public var service: String
    /// What went wrong, for the log only.
    public var detail: String
    /// Values served for some of the keys, by key.
    public var partial: [AnyHashable: any Sendable]

    /// Creates an error.
    public init(service: String, detail: String, partial: [AnyHashable: any Sendable] = [:]) {
        self.service = service
        self.detail = detail
        self.partial = partial
    }

    public var description: String { "upstream \(service) unavailable: \(detail)" }
}
