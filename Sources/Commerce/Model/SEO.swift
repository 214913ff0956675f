/// Search engine metadata.
public struct SEO: Sendable, Hashable, Codable {
    /// The title for search engines, or nil to use the object's title.
    public var title: String?
    /// The description for search engines.
    public var description: String?

    /// Creates metadata.
    public init(title: String? = nil, description: String? = nil) {
        self.title = title
        self.description = description
    }
}
