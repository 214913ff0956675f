import Foundation

/// A merchant-curated group of products. Its products are searched with `ProductFilter.collectionID`.
public struct Collection: Sendable, Hashable {
    /// The store-internal id.
    public var id: Int64
    /// The unique URL handle.
    public var handle: String
    /// The name.
    public var title: String
    /// The description as plain text.
    public var description: String
    /// The description as HTML.
    public var descriptionHtml: String
    /// The image.
    public var image: Image?
    /// Search engine metadata.
    public var seo: SEO
    /// When the collection was last changed.
    public var updatedAt: Date

    /// Creates a collection.
    public init(id: Int64, handle: String, title: String, description: String, descriptionHtml: String,
                image: Image?, seo: SEO, updatedAt: Date) {
        self.id = id
        self.handle = handle
        self.title = title
        self.description = description
        self.descriptionHtml = descriptionHtml
        self.image = image
        self.seo = seo
        self.updatedAt = updatedAt
    }
}
