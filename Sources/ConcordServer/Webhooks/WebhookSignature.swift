/// The Standard Webhooks headers of one delivery attempt: `webhook-id` (the same on every retry),
/// `webhook-timestamp` (seconds since 1970, this attempt's) and `webhook-signature` (one `v1,…`
/// per secret, space-separated, so a partner rotating its secret verifies with either).
public enum WebhookSignature {
    /// The three headers for `body` sent as message `id` at `timestamp` and signed with every one of `secrets`.
    public static func headers(id: String, timestamp: Int, body: [UInt8], secrets: [WebhookSecret]) -> [(String, String)] {
        [("webhook-id", id), ("webhook-timestamp", String(timestamp)),
         ("webhook-signature", secrets.map { $0.signature(id: id, timestamp: timestamp, body: body) }.joined(separator: " "))]
    }

    /// Whether `header` (a `webhook-signature` value) holds a valid `v1` signature of the message under
    /// any of `secrets`: what a partner checks (compared in constant time).
    public static func verify(header: String, id: String, timestamp: Int, body: [UInt8], secrets: [WebhookSecret]) -> Bool {
        let given = header.split(separator: " ").map(String.init)
        return secrets.contains { secret in
            let expected = Array(secret.signature(id: id, timestamp: timestamp, body: body).utf8)
            return given.contains { constantTimeEqual(Array($0.utf8), expected) }
        }
    }

    private static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in a.indices { difference |= a[i] ^ b[i] }
        return difference == 0
    }
}
