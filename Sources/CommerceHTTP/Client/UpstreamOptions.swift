/// How the composing server talks to one upstream (the `http` backend's options).
public struct UpstreamOptions: Sendable, Hashable {
    /// Where it listens.
    public var address: UpstreamAddress
    /// The service's name in errors, `extensions.stale`, `/readyz` and `/metrics` (default: the domain).
    public var service: String
    /// The most one call may take, within the request's deadline (`timeoutMs`, default 800).
    public var timeout: Double = 0.8
    /// The most connections open at once (`maxConnections`, default 16).
    public var maxConnections: Int = 16
    /// The largest answer body accepted (`maxResponseBytes`, default 8 MiB).
    public var maxResponseBytes: Int = 8 << 20
    /// Failures in a row that open the circuit (`breakerFailures`, default 5).
    public var breakerFailures: Int = 5
    /// How long the circuit stays open before a probe (`breakerOpenMs`, default 5000).
    public var breakerOpenSeconds: Double = 5
    /// The most entities the stale-if-error cache keeps (`cacheEntries`, default 10000; 0 keeps none).
    public var cacheEntries: Int = 10_000

    /// Options with their defaults.
    public init(address: UpstreamAddress, service: String) {
        self.address = address
        self.service = service
    }
}
