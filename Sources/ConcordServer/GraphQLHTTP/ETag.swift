/// Entity tags for GraphQL answers that may be shared.
enum ETag {
    /// A weak tag from the first 16 bytes of the SHA-256 of the answer's context and its body: the
    /// same bytes in two contexts get two tags.
    static func weak(of body: [UInt8], in context: ContextKey) -> String {
        "W/\"" + SHA256.hexString(Array(SHA256.digest(Array(context.text.utf8) + [0] + body).prefix(16))) + "\""
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
