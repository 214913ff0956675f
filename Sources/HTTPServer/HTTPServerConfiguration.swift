/// Settings for an `HTTPServer`. Times are in seconds.
public struct HTTPServerConfiguration: Sendable {
    /// The address to bind, `127.0.0.1` or `0.0.0.0` (IPv4 literals only).
    public var host: String = "127.0.0.1"
    /// The port to bind; 0 picks an ephemeral port (see `HTTPServer.port`).
    public var port: Int = 8080
    /// An already bound, listening socket to serve instead of binding `host:port`: the listener a
    /// process that served before handed over (see `HTTPServer.handOver`). The server owns it.
    public var listener: Int32?
    /// Event loop threads; defaults to one per core.
    public var eventLoopCount: Int = System.coreCount
    /// The most bytes a request line plus header fields may take (431 above it).
    public var maxHeaderBytes: Int = 16 * 1024
    /// The largest request body accepted (413 above it).
    public var maxBodyBytes: Int = 1 << 20
    /// The most open connections; further ones are accepted and closed at once.
    public var maxConnections: Int = 4096
    /// How long a kept-alive connection may sit idle between requests.
    public var idleTimeout: Double = 60
    /// How long a client has, from a request's first byte, to send all of its head and body.
    public var requestReadTimeout: Double = 20
    /// The most unsent response bytes a connection may have before the server stops answering its
    /// pipelined requests (and reading from it) until the client has read them; one response
    /// may take it over, never two.
    public var maxPendingOutputBytes: Int = 1 << 20
    /// How long a response may wait on a client that does not read it.
    public var writeTimeout: Double = 30
    /// On shutdown, how long in-flight work may take before connections are closed anyway.
    public var shutdownGracePeriod: Double = 10
    /// The `listen` backlog.
    public var backlog: Int32 = 1024
    /// Whether responses carry a `Date` header.
    public var sendsDate: Bool = true

    /// Creates a configuration; every setting has a default.
    public init(host: String = "127.0.0.1", port: Int = 8080) {
        self.host = host
        self.port = port
    }
}
