/// Entity tags for GraphQL answers that may be shared.
enum ETag {
    /// A weak tag from the first 16 bytes of the body's SHA-256.
    static func weak(of body: [UInt8]) -> String {
        "W/\"" + SHA256.hexString(Array(SHA256.digest(body).prefix(16))) + "\""
    }

    /// Whether an `If-None-Match` header names `tag` (or is `*`): the client's copy is current (304).
    static func matches(_ ifNoneMatch: String?, _ tag: String) -> Bool {
        guard let ifNoneMatch else { return false }
        return ifNoneMatch.split(separator: ",").contains { candidate in
            let trimmed = candidate.trimmingCharacters(in: " \t")
            return trimmed == tag || trimmed == "*"
        }
    }
}
