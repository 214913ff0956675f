/// An image on the content delivery network.
public struct Image: Sendable, Hashable, Codable {
    /// The image's id within the store, or nil for images embedded in content.
    public var id: Int64?
    /// The original image's URL.
    public var url: String
    /// A description for screen readers and search engines.
    public var altText: String?
    /// The original width in pixels.
    public var width: Int?
    /// The original height in pixels.
    public var height: Int?

    /// Creates an image.
    public init(id: Int64? = nil, url: String, altText: String? = nil, width: Int? = nil, height: Int? = nil) {
        self.id = id
        self.url = url
        self.altText = altText
        self.width = width
        self.height = height
    }
}
