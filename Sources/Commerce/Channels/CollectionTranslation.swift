/// A collection's texts in one language; nil fields fall back along the language chain, as
/// `ProductTranslation`'s do.
public struct CollectionTranslation: Sendable, Hashable, Codable {
    /// The collection's id.
    public var collectionID: Int64
    /// The language.
    public var language: String
    /// The name.
    public var title: String?
    /// The description as plain text.
    public var description: String?
    /// The description as HTML.
    public var descriptionHtml: String?

    /// Creates a translation.
    public init(collectionID: Int64, language: String, title: String? = nil, description: String? = nil,
                descriptionHtml: String? = nil) {
        self.collectionID = collectionID
        self.language = language
        self.title = title
        self.description = description
        self.descriptionHtml = descriptionHtml
    }
}
