import Foundation

extension WebhookEvent {
    /// `products/update` for a product just saved (created or changed): its id, handle, texts and
    /// variants with their prices and stock, as the GraphQL API shows them.
    public static func productUpdated(_ product: Product) -> WebhookEvent {
        let id = GlobalID(type: "Product", id: product.id).encoded
        func money(_ amount: Money) -> [String: Any] { ["amount": amount.decimalString, "currencyCode": amount.currency.rawValue] }
        let variants: [[String: Any]] = product.variants.map { variant in
            ["id": GlobalID(type: "ProductVariant", id: variant.id).encoded, "title": variant.title, "sku": variant.sku.map { $0 as Any } ?? NSNull(),
             "price": money(variant.price), "compareAtPrice": variant.compareAtPrice.map(money) ?? NSNull(),
             "quantityAvailable": variant.quantityAvailable]
        }
        let data: [String: Any] = [
            "id": id, "handle": product.handle, "title": product.title, "vendor": product.vendor,
            "productType": product.productType, "tags": product.tags, "variants": variants,
            "updatedAt": DateTimeFormat.format(product.updatedAt),
        ]
        return WebhookEvent(aggregate: id, topic: .productsUpdate, data: json(data), createdAt: product.updatedAt)
    }
}
