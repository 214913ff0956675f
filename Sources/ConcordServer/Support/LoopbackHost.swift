import HTTPServer

/// The `Host` values that can only name this machine's loopback interface: `localhost` and names
/// under `.localhost` (RFC 6761), IPv4 literals in 127.0.0.0/8 and `[::1]`, each with an optional
/// port. A page served from any other name may be an attacker's that resolves to 127.0.0.1
/// (DNS rebinding); the demo explorer, which carries a token, is not served to it.
enum LoopbackHost {
    /// Whether `host` (a `Host` header's value) is a loopback name.
    static func contains(_ host: String?) -> Bool {
        guard let host else { return false }
        var name = Substring(host.lowercased())
        if name.hasPrefix("[") {
            guard let close = name.firstIndex(of: "]") else { return false }
            guard isPort(name[name.index(after: close)...]) else { return false }
            return name[...close] == "[::1]"
        }
        if let colon = name.lastIndex(of: ":") {
            guard isPort(name[colon...]) else { return false }
            name = name[..<colon]
        }
        if name.hasSuffix(".") { name = name.dropLast() }
        return name == "localhost" || name.hasSuffix(".localhost") || isLoopbackIPv4(name)
    }

    /// What a request for the demo explorer under another `Host` gets.
    static func refusal() -> HTTPResponse {
        HTTPResponse(status: 421, headers: ["Cache-Control": "no-store"],
                     text: "The demo explorer carries a storefront token, so it is served only to a loopback Host "
                         + "(localhost, 127.0.0.1 or [::1], with any port); this request named another host. "
                         + "Open it at http://localhost:<port>/, or configure tokens with --config.\n")
    }

    /// Nothing, or `:` and 1 to 5 digits.
    private static func isPort(_ text: Substring) -> Bool {
        if text.isEmpty { return true }
        let digits = text.dropFirst()
        return text.first == ":" && (1...5).contains(digits.count) && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Four decimal parts of at most 255, the first 127.
    private static func isLoopbackIPv4(_ text: Substring) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "127" else { return false }
        return parts.allSatisfy { part in
            (1...3).contains(part.count) && part.allSatisfy { $0.isASCII && $0.isNumber } && Int(part)! <= 255
        }
    }
}
