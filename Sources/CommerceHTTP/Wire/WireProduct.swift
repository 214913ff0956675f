import Commerce
import Foundation

/// A product as the upstream contract writes it (`docs/upstream-contract.md`, `product.schema.json`):
/// every field of `Product`, times in milliseconds since 1970.
struct WireProduct: Codable, Sendable {
    var id: Int64
    var handle: String
    var title: String
    var description: String
    var descriptionHtml: String
    var vendor: String
    var productType: String
    var tags: [String]
    var createdAt: Int64
    var updatedAt: Int64
    var options: [ProductOption]
    var images: [Image]
    var variants: [WireVariant]
    var collectionIDs: [Int64]
    var seo: SEO
    var salesCount: Int64
    var currency: CurrencyCode

    init(_ product: Product) {
        (id, handle, title, description, descriptionHtml) = (product.id, product.handle, product.title, product.description,
                                                            product.descriptionHtml)
        (vendor, productType, tags) = (product.vendor, product.productType, product.tags)
        (createdAt, updatedAt) = (product.createdAt.milliseconds, product.updatedAt.milliseconds)
        (options, images, variants) = (product.options, product.images, product.variants.map(WireVariant.init))
        (collectionIDs, seo, salesCount, currency) = (product.collectionIDs, product.seo, product.salesCount, product.currency)
    }

    var model: Product {
        Product(id: id, handle: handle, title: title, description: description, descriptionHtml: descriptionHtml,
                vendor: vendor, productType: productType, tags: tags, createdAt: Date(milliseconds: createdAt),
                updatedAt: Date(milliseconds: updatedAt), options: options, images: images, variants: variants.map(\.model),
                collectionIDs: collectionIDs, seo: seo, salesCount: salesCount, currency: currency)
    }
}

/// A variant as the upstream contract writes it.
struct WireVariant: Codable, Sendable {
    var id: Int64
    var productID: Int64
    var position: Int
    var title: String
    var sku: String?
    var price: Money
    var compareAtPrice: Money?
    var quantityAvailable: Int
    var selectedOptions: [SelectedOption]
    var image: Image?

    init(_ variant: ProductVariant) {
        (id, productID, position, title, sku) = (variant.id, variant.productID, variant.position, variant.title, variant.sku)
        (price, compareAtPrice, quantityAvailable) = (variant.price, variant.compareAtPrice, variant.quantityAvailable)
        (selectedOptions, image) = (variant.selectedOptions, variant.image)
    }

    var model: ProductVariant {
        ProductVariant(id: id, productID: productID, position: position, title: title, sku: sku, price: price,
                       compareAtPrice: compareAtPrice, quantityAvailable: quantityAvailable,
                       selectedOptions: selectedOptions, image: image)
    }
}
