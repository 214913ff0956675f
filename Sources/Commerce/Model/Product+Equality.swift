import Foundation

/// Products compare by value, field by field: a product is an immutable snapshot (a class only
/// so that the many fields reading it share one copy instead of copying every field).
extension Product {
    public static func == (lhs: Product, rhs: Product) -> Bool {
        lhs === rhs || (lhs.id == rhs.id && lhs.handle == rhs.handle && lhs.title == rhs.title
            && lhs.description == rhs.description && lhs.descriptionHtml == rhs.descriptionHtml && lhs.vendor == rhs.vendor
            && lhs.productType == rhs.productType && lhs.tags == rhs.tags && lhs.createdAt == rhs.createdAt
            && lhs.updatedAt == rhs.updatedAt && lhs.options == rhs.options && lhs.images == rhs.images
            && lhs.variants == rhs.variants && lhs.collectionIDs == rhs.collectionIDs && lhs.seo == rhs.seo
            && lhs.salesCount == rhs.salesCount && lhs.currency == rhs.currency)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(updatedAt)
        hasher.combine(variants)
    }

    /// The same product with other variants, collections, sales count or change time (in-memory writes).
    package func with(variants: [ProductVariant]? = nil, collectionIDs: [Int64]? = nil, salesCount: Int64? = nil,
              updatedAt: Date? = nil) -> Product {
        Product(id: id, handle: handle, title: title, description: description, descriptionHtml: descriptionHtml,
                vendor: vendor, productType: productType, tags: tags, createdAt: createdAt, updatedAt: updatedAt ?? self.updatedAt,
                options: options, images: images, variants: variants ?? self.variants, collectionIDs: collectionIDs ?? self.collectionIDs,
                seo: seo, salesCount: salesCount ?? self.salesCount, currency: currency)
    }
}
