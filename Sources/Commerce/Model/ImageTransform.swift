/// How the content delivery network should resize or convert an image (`ImageTransformInput`).
public struct ImageTransform: Sendable, Hashable {
    /// An image file format the network can produce (`ImageContentType`).
    public enum ContentType: String, Sendable, Hashable, CaseIterable {
        case JPG, PNG, WEBP
    }

    /// The largest dimension allowed for `maxWidth` and `maxHeight`.
    public static let maximumDimension = 5760

    /// The largest width in pixels.
    public var maxWidth: Int?
    /// The largest height in pixels.
    public var maxHeight: Int?
    /// The format to convert to.
    public var preferredContentType: ContentType?

    /// Creates a transform.
    public init(maxWidth: Int? = nil, maxHeight: Int? = nil, preferredContentType: ContentType? = nil) {
        self.maxWidth = maxWidth
        self.maxHeight = maxHeight
        self.preferredContentType = preferredContentType
    }

    /// The URL of `image` transformed, or an error message for a dimension out of range.
    public func apply(to url: String) throws(CommerceError) -> String {
        var query: [String] = []
        if let maxWidth {
            guard (1...Self.maximumDimension).contains(maxWidth) else {
                throw .badRequest("maxWidth must be between 1 and \(Self.maximumDimension), not \(maxWidth).")
            }
            query.append("width=\(maxWidth)")
        }
        if let maxHeight {
            guard (1...Self.maximumDimension).contains(maxHeight) else {
                throw .badRequest("maxHeight must be between 1 and \(Self.maximumDimension), not \(maxHeight).")
            }
            query.append("height=\(maxHeight)")
        }
        if let preferredContentType { query.append("format=\(preferredContentType.rawValue.lowercased())") }
        guard !query.isEmpty else { return url }
        // Bytewise: `String.contains(String)` goes through Foundation and showed in profiles.
        return url + (url.utf8.contains(UInt8(ascii: "?")) ? "&" : "?") + query.joined(separator: "&")
    }
}
