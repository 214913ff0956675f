/// An answer an upstream gave: status, header fields (names lowercased) and body.
struct ClientResponse: Sendable {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]
    /// Whether the connection may carry another request.
    var keepAlive: Bool
}
