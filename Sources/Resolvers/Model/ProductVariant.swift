/// A purchasable version of a product.
public struct ProductVariant: Sendable, Hashable {
    /// The store-internal id.
    public var id: Int64
    /// The product's id.
    public var productID: Int64
    /// The position among the product's variants, from 0.
    public var position: Int
    /// The name, such as "M / Blue".
    public var title: String
    /// The stock keeping unit.
    public var sku: String?
    /// The price of one unit.
    public var price: Money
    /// The former price, when reduced.
    public var compareAtPrice: Money?
    /// Units in stock.
    public var quantityAvailable: Int
    /// The option values that identify the variant.
    public var selectedOptions: [SelectedOption]
    /// The variant's own image.
    public var image: Image?

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
