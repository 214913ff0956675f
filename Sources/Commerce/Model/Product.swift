import Foundation

/// A product with its variants, options and images, as one catalog backend call returns it.
public final class Product: Sendable, Hashable {
    /// The store-internal id (the global id wraps it).
    public let id: Int64
    /// The unique URL handle.
    public let handle: String
    /// The name.
    public let title: String
    /// The description as plain text.
    public let description: String
    /// The description as HTML.
    public let descriptionHtml: String
    /// The brand or maker.
    public let vendor: String
    /// The kind of product.
    public let productType: String
    /// The tags, in the merchant's order.
    public let tags: [String]
    /// When the product was created.
    public let createdAt: Date
    /// When the product was last changed.
    public let updatedAt: Date
    /// The options, such as Size and Color.
    public let options: [ProductOption]
    /// The images, in display order.
    public let images: [Image]
    /// The variants, in display order.
    public let variants: [ProductVariant]
    /// The ids of the collections that include the product.
    public let collectionIDs: [Int64]
    /// Search engine metadata.
    public let seo: SEO
    /// Units sold, for the BEST_SELLING order.
    public let salesCount: Int64
    /// The currency of the product's prices.
    public let currency: CurrencyCode

    /// Creates a product.
    public init(id: Int64, handle: String, title: String, description: String, descriptionHtml: String,
                vendor: String, productType: String, tags: [String], createdAt: Date, updatedAt: Date,
                options: [ProductOption], images: [Image], variants: [ProductVariant], collectionIDs: [Int64],
                seo: SEO, salesCount: Int64, currency: CurrencyCode) {
        self.id = id
        self.handle = handle
        self.title = title
        self.description = description
        self.descriptionHtml = descriptionHtml
        self.vendor = vendor
        self.productType = productType
        self.tags = tags
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.options = options
        self.images = images
        self.variants = variants
        self.collectionIDs = collectionIDs
        self.seo = seo
        self.salesCount = salesCount
        self.currency = currency
    }

    /// Whether at least one variant has stock.
    public var availableForSale: Bool { variants.contains { $0.availableForSale } }

    /// The lowest and highest variant prices.
    public var priceRange: PriceRange {
        PriceRange(variants.lazy.map { $0.price.minorUnits }, currency: currency)
    }

    /// The lowest and highest compare-at prices (zero when no variant has one).
    public var compareAtPriceRange: PriceRange {
        PriceRange(variants.lazy.compactMap { $0.compareAtPrice?.minorUnits }, currency: currency)
    }

    /// The lowest variant price in minor units, the PRICE sort value.
    public var minPriceMinorUnits: Int64 { priceRange.minVariantPrice.minorUnits }
}

/// The lowest and highest of a set of prices (`ProductPriceRange`).
public struct PriceRange: Sendable, Hashable {
    /// The lowest price.
    public var minVariantPrice: Money
    /// The highest price.
    public var maxVariantPrice: Money

    /// The range of amounts in minor units, in one pass, or zero to zero when there are none.
    init<Amounts: Sequence<Int64>>(_ amounts: Amounts, currency: CurrencyCode) {
        var low: Int64?, high: Int64?
        for amount in amounts {
            if low.map({ amount < $0 }) ?? true { low = amount }
            if high.map({ amount > $0 }) ?? true { high = amount }
        }
        minVariantPrice = Money(minorUnits: low ?? 0, currency: currency)
        maxVariantPrice = Money(minorUnits: high ?? 0, currency: currency)
    }
}

/// An option of a product and its values, such as Size with S, M and L.
public struct ProductOption: Sendable, Hashable, Codable {
    /// The option's name.
    public var name: String
    /// The values, in display order.
    public var values: [String]

    /// Creates an option.
    public init(name: String, values: [String]) {
        self.name = name
        self.values = values
    }
}

/// One value chosen for an option, such as Size: M.
public struct SelectedOption: Sendable, Hashable, Codable {
    /// The option's name.
    public var name: String
    /// The chosen value.
    public var value: String

    /// Creates a selected option.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
