/// A product's texts in one language. Each field is optional: a field a translation leaves nil is
/// read from the next language of the context's chain, and finally from the product's own texts.
public struct ProductTranslation: Sendable, Hashable, Codable {
    /// The product's id.
    public var productID: Int64
    /// The language, such as `de` or `de-AT`.
    public var language: String
    /// The name.
    public var title: String?
    /// The description as plain text.
    public var description: String?
    /// The description as HTML.
    public var descriptionHtml: String?
    /// The search engine title.
    public var seoTitle: String?
    /// The search engine description.
    public var seoDescription: String?

    /// Creates a translation.
    public init(productID: Int64, language: String, title: String? = nil, description: String? = nil,
                descriptionHtml: String? = nil, seoTitle: String? = nil, seoDescription: String? = nil) {
        self.productID = productID
        self.language = language
        self.title = title
        self.description = description
        self.descriptionHtml = descriptionHtml
        self.seoTitle = seoTitle
        self.seoDescription = seoDescription
    }
}
