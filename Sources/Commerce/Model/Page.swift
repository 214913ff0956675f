import Foundation

/// Whether content is visible to shoppers (`PublicationStatus`).
public enum PublicationStatus: String, Sendable, Hashable, Codable {
    case DRAFT, PUBLISHED
}

/// A content page with its modules, every text in every locale.
public struct Page: Sendable, Hashable {
    /// The store-internal id.
    public var id: Int64
    /// The unique URL handle.
    public var handle: String
    /// The title per locale.
    public var title: LocalizedText
    /// The search engine title per locale.
    public var seoTitle: LocalizedText
    /// The search engine description per locale.
    public var seoDescription: LocalizedText
    /// Draft or published.
    public var status: PublicationStatus
    /// When the page was last published.
    public var publishedAt: Date?
    /// When the page was last changed.
    public var updatedAt: Date
    /// The modules, top to bottom.
    public var modules: [ContentModule]

    /// Creates a page.
    public init(id: Int64, handle: String, title: LocalizedText, seoTitle: LocalizedText = [:],
                seoDescription: LocalizedText = [:], status: PublicationStatus, publishedAt: Date?,
                updatedAt: Date, modules: [ContentModule]) {
        self.id = id
        self.handle = handle
        self.title = title
        self.seoTitle = seoTitle
        self.seoDescription = seoDescription
        self.status = status
        self.publishedAt = publishedAt
        self.updatedAt = updatedAt
        self.modules = modules
    }

    /// The locales the page has a title in.
    public var locales: [String] { title.values.keys.sorted() }
}
