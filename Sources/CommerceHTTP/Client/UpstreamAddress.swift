import Glibc

/// Where an upstream listens, from its `url` option: `http://HOST:PORT` with an IPv4 literal or
/// `localhost` (no TLS, no path).
public struct UpstreamAddress: Sendable, Hashable, CustomStringConvertible {
    /// The host as written.
    public let host: String
    /// The port.
    public let port: Int

    /// Reads a URL; nil when it is not `http://HOST:PORT` with an IPv4 host.
    public init?(url: String) {
        guard url.hasPrefix("http://") else { return nil }
        var rest = url.dropFirst("http://".count)
        if rest.hasSuffix("/") { rest = rest.dropLast() }
        let parts = rest.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let port = Int(parts[1]), (1...65_535).contains(port) else { return nil }
        host = parts[0] == "localhost" ? "127.0.0.1" : String(parts[0])
        self.port = port
        var probe = in_addr()
        guard inet_pton(AF_INET, host, &probe) == 1 else { return nil }
    }

    /// The socket address.
    var socketAddress: sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, host, &address.sin_addr)
        return address
    }

    /// `host:port`, for the `Host` header and messages.
    public var description: String { "\(host):\(port)" }
}
