/// A purchasable version of a product.
public final class ProductVariant: Sendable, Hashable {
    /// The store-internal id.
    public let id: Int64
    /// The product's id.
    public let productID: Int64
    /// The position among the product's variants, from 0.
    public let position: Int
    /// The name, such as "M / Blue".
    public let title: String
    /// The stock keeping unit.
    public let sku: String?
    /// The price of one unit.
    public let price: Money
    /// The former price, when reduced.
    public let compareAtPrice: Money?
    /// Units in stock.
    public let quantityAvailable: Int
    /// The option values that identify the variant.
    public let selectedOptions: [SelectedOption]
    /// The variant's own image.
    public let image: Image?

    /// Creates a variant.
    public init(id: Int64, productID: Int64, position: Int, title: String, sku: String?, price: Money,
                compareAtPrice: Money?, quantityAvailable: Int, selectedOptions: [SelectedOption], image: Image?) {
        self.id = id
        self.productID = productID
        self.position = position
        self.title = title
        self.sku = sku
        self.price = price
        self.compareAtPrice = compareAtPrice
        self.quantityAvailable = quantityAvailable
        self.selectedOptions = selectedOptions
        self.image = image
    }

    /// Whether the variant has stock to sell.
    public var availableForSale: Bool { quantityAvailable > 0 }
}
