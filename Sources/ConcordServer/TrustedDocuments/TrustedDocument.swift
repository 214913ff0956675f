/// A trusted document: GraphQL text a manifest lists under the SHA-256 of that text, which
/// clients run by its id (`documentId: "sha256:<hex>"`, GraphQL over HTTP, Appendix A).
public struct TrustedDocument: Sendable, Equatable {
    /// `sha256:` and the 64 lower-case hex digits of the text's SHA-256.
    public var id: String
    /// The document's text.
    public var text: String
    /// The manifest file it came from, for messages.
    public var manifest: String

    /// Creates a document.
    public init(id: String, text: String, manifest: String) {
        self.id = id
        self.text = text
        self.manifest = manifest
    }

    /// The canonical id for a request's or a manifest's key: `sha256:<hex>`, or bare hex (64
    /// digits, any case) taken as SHA-256; nil for any other form.
    public static func canonicalID(_ key: String) -> String? {
        let hex = key.hasPrefix("sha256:") ? String(key.dropFirst(7)) : key
        guard hex.utf8.count == 64, hex.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) || ($0 >= 65 && $0 <= 70) })
        else { return nil }
        return "sha256:" + hex.lowercased()
    }
}
