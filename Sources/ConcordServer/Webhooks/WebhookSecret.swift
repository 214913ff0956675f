import Foundation

/// An endpoint's signing secret in Standard Webhooks' form: `whsec_` followed by the key in base64.
public struct WebhookSecret: Sendable, Hashable {
    /// The key's bytes (what follows `whsec_`, decoded).
    public let key: [UInt8]

    /// Reads `whsec_<base64>`; nil for anything else, or a key under 16 bytes.
    public init?(_ text: String) {
        guard text.hasPrefix("whsec_"), let data = Data(base64Encoded: String(text.dropFirst(6))), data.count >= 16 else {
            return nil
        }
        key = Array(data)
    }

    /// `v1,<base64 of HMAC-SHA256(key, "id.timestamp.body")>`: one signature of a `webhook-signature` header.
    public func signature(id: String, timestamp: Int, body: [UInt8]) -> String {
        let signed = Array("\(id).\(timestamp).".utf8) + body
        return "v1," + Data(HMACSHA256.authenticationCode(key: key, message: signed)).base64EncodedString()
    }
}
