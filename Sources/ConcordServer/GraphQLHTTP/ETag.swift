/// Entity tags for GraphQL answers that may be shared.
enum ETag {
    /// A weak tag from the first 16 bytes of the SHA-256 of the answer's context and its body: the
    /// same bytes in two contexts get two tags.
    static func weak(of body: [UInt8], in context: ContextKey) -> String {
        "W/\"" + SHA256.hexString(Array(SHA256.digest(Array(context.text.utf8) + [0] + body).prefix(16))) + "\""
    }
}
