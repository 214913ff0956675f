/// What a product search keeps: every condition must hold.
public struct ProductFilter: Sendable, Hashable {
    /// Word prefixes that must all occur in the title, description or tags (normalized tokens).
    public var terms: [String]
    /// Tags the product must have (lowercased; compared without regard to case).
    public var tags: [String]
    /// The vendor the product must have (lowercased), if any; repeated filters must all hold.
    public var vendors: [String]
    /// The product type the product must have (lowercased).
    public var productTypes: [String]
    /// Whether the product must be (or must not be) available for sale.
    public var available: Bool?
    /// The collection the product must belong to.
    public var collectionID: Int64?

    /// Creates a filter; the empty filter keeps everything.
    public init(terms: [String] = [], tags: [String] = [], vendors: [String] = [], productTypes: [String] = [],
                available: Bool? = nil, collectionID: Int64? = nil) {
        self.terms = terms
        self.tags = tags
        self.vendors = vendors
        self.productTypes = productTypes
        self.available = available
        self.collectionID = collectionID
    }

    /// Whether `product` passes the filter, other than the collection condition and the terms.
    public func matchesFields(_ product: Product) -> Bool {
        let productTags = Set(product.tags.map { $0.lowercased() })
        guard tags.allSatisfy(productTags.contains) else { return false }
        let vendor = product.vendor.lowercased(), type = product.productType.lowercased()
        guard vendors.allSatisfy({ $0 == vendor }), productTypes.allSatisfy({ $0 == type }) else { return false }
        if let available, product.availableForSale != available { return false }
        return true
    }
}
