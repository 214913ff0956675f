/// Entity tags for GraphQL answers that may be shared.
enum ETag {
    /// A weak tag from the first 16 bytes of the body's SHA-256.
    static func weak(of body: [UInt8]) -> String {
        "W/\"" + SHA256.hexString(Array(SHA256.digest(body).prefix(16))) + "\""
    }
}
