/// Variants compare by value, field by field (see `Product`).
extension ProductVariant {
    public static func == (lhs: ProductVariant, rhs: ProductVariant) -> Bool {
        lhs === rhs || (lhs.id == rhs.id && lhs.productID == rhs.productID && lhs.position == rhs.position
            && lhs.title == rhs.title && lhs.sku == rhs.sku && lhs.price == rhs.price
            && lhs.compareAtPrice == rhs.compareAtPrice && lhs.quantityAvailable == rhs.quantityAvailable
            && lhs.selectedOptions == rhs.selectedOptions && lhs.image == rhs.image)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(quantityAvailable)
        hasher.combine(price)
    }

    /// The same variant with another stock (in-memory writes).
    package func with(quantityAvailable: Int) -> ProductVariant {
        ProductVariant(id: id, productID: productID, position: position, title: title, sku: sku, price: price,
                       compareAtPrice: compareAtPrice, quantityAvailable: quantityAvailable,
                       selectedOptions: selectedOptions, image: image)
    }
}
