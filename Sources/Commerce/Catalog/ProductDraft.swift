import Foundation

/// A product to write: what `productUpsert` and the seeder hand to a catalog backend.
/// Derived values (availability, price range) are computed from it by the backend.
public struct ProductDraft: Sendable, Hashable {
    /// The product to replace, or nil to create one.
    public var id: Int64?
    /// The unique URL handle.
    public var handle: String
    /// The name.
    public var title: String
    /// The description as plain text.
    public var description: String
    /// The description as HTML.
    public var descriptionHtml: String
    /// The brand or maker.
    public var vendor: String
    /// The kind of product.
    public var productType: String
    /// The tags.
    public var tags: [String]
    /// The options.
    public var options: [ProductOption]
    /// The images.
    public var images: [Image]
    /// The variants; those with an id keep it.
    public var variants: [VariantDraft]
    /// Search engine metadata.
    public var seo: SEO
    /// The creation time for a new product (now when nil).
    public var createdAt: Date?

    /// Creates a draft.
    public init(id: Int64? = nil, handle: String, title: String, description: String, descriptionHtml: String,
                vendor: String, productType: String, tags: [String], options: [ProductOption], images: [Image],
                variants: [VariantDraft], seo: SEO, createdAt: Date? = nil) {
        self.id = id
        self.handle = handle
        self.title = title
        self.description = description
        self.descriptionHtml = descriptionHtml
        self.vendor = vendor
        self.productType = productType
        self.tags = tags
        self.options = options
        self.images = images
        self.variants = variants
        self.seo = seo
        self.createdAt = createdAt
    }
}

/// A variant to write.
public struct VariantDraft: Sendable, Hashable {
    /// The variant to keep, or nil to create one.
    public var id: Int64?
    /// The name; derived from the selected options when empty.
    public var title: String
    /// The stock keeping unit.
    public var sku: String?
    /// The price.
    public var price: Money
    /// The former price.
    public var compareAtPrice: Money?
    /// Units in stock, or nil to keep an existing variant's stock (0 for a new one).
    public var inventoryQuantity: Int?
    /// The option values.
    public var selectedOptions: [SelectedOption]
    /// The index into the product's images of the variant's own image.
    public var imageIndex: Int?

    /// Creates a variant draft.
    public init(id: Int64? = nil, title: String, sku: String?, price: Money, compareAtPrice: Money?,
                inventoryQuantity: Int?, selectedOptions: [SelectedOption], imageIndex: Int? = nil) {
        self.id = id
        self.title = title
        self.sku = sku
        self.price = price
        self.compareAtPrice = compareAtPrice
        self.inventoryQuantity = inventoryQuantity
        self.selectedOptions = selectedOptions
        self.imageIndex = imageIndex
    }
}

/// A collection to write, with its products in the merchant's order.
public struct CollectionDraft: Sendable, Hashable {
    /// The collection to replace, or nil to create one.
    public var id: Int64?
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
    /// The products, in the merchant's order.
    public var productIDs: [Int64]

    /// Creates a collection draft.
    public init(id: Int64? = nil, handle: String, title: String, description: String, descriptionHtml: String,
                image: Image?, seo: SEO, productIDs: [Int64]) {
        self.id = id
        self.handle = handle
        self.title = title
        self.description = description
        self.descriptionHtml = descriptionHtml
        self.image = image
        self.seo = seo
        self.productIDs = productIDs
    }
}
