import Foundation

/// An endpoint's `http://host[:port]/path` (https is refused at configuration: there is no TLS without
/// packages; put a TLS-terminating proxy in front of the partner, or reach it over a private network).
public struct WebhookURL: Sendable, Hashable {
    /// The URL as configured.
    public let text: String
    /// The host name or address.
    public let host: String
    /// The port (80 when not given).
    public let port: Int
    /// The path and query sent in the request line.
    public let target: String

    /// Parses `text`; the error says what is wrong.
    public init(_ text: String) throws(ServerConfigurationError) {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased() else {
            throw ServerConfigurationError("\"\(text)\" is not a URL")
        }
        guard scheme == "http" else {
            throw ServerConfigurationError(scheme == "https"
                ? "\"\(text)\": https endpoints are not supported (Concord has no TLS client); use http:// to a TLS-terminating proxy"
                : "\"\(text)\" must be an http:// URL")
        }
        guard let host = components.host, !host.isEmpty, components.user == nil else {
            throw ServerConfigurationError("\"\(text)\" needs a host and no user")
        }
        self.text = text
        self.host = host
        port = components.port ?? 80
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        target = path + (components.percentEncodedQuery.map { "?" + $0 } ?? "")
    }
}
