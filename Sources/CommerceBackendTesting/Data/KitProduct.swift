import Commerce
import Foundation

/// One product the kit writes, described by everything the kit needs to work out the expected
/// answers on its own: a variant per price (option Size), with the given stock.
struct KitProduct: Sendable {
    var handle: String
    var title: String
    var description: String
    var vendor: String
    var productType: String
    var tags: [String]
    /// Each variant's price in minor units (EUR).
    var prices: [Int64]
    /// Each variant's stock.
    var stock: [Int]
    /// Days after `KitProduct.epoch` it was created.
    var createdDay: Int

    /// The sizes the variants are named by, in order.
    static let sizes = ["S", "M", "L", "XL"]
    /// The first creation day: 2024-03-01 00:00 UTC.
    static let epoch = Date(timeIntervalSince1970: 1_709_251_200)

    /// When the product was created.
    var createdAt: Date { Self.epoch.addingTimeInterval(Double(createdDay) * 86_400) }

    /// The draft that writes it; `stock` nil keeps the stored stock of variants given by id.
    func draft(id: Int64? = nil, variantIDs: [Int64?]? = nil, stock: [Int?]? = nil) -> ProductDraft {
        let sizes = Array(Self.sizes.prefix(prices.count))
        let variants = prices.indices.map { index in
            VariantDraft(id: variantIDs?[index], title: "", sku: "\(handle)-\(sizes[index].lowercased())",
                         price: Money(minorUnits: prices[index], currency: .EUR),
                         compareAtPrice: index == 0 ? Money(minorUnits: prices[index] + 1000, currency: .EUR) : nil,
                         inventoryQuantity: stock.map { $0[index] } ?? self.stock[index],
                         selectedOptions: [SelectedOption(name: "Size", value: sizes[index])], imageIndex: index == 0 ? 0 : nil)
        }
        return ProductDraft(
            id: id, handle: handle, title: title, description: description, descriptionHtml: "<p>\(description)</p>",
            vendor: vendor, productType: productType, tags: tags, options: [ProductOption(name: "Size", values: sizes)],
            images: [Image(url: "https://cdn.example/\(handle).jpg", altText: title, width: 800, height: 600),
                     Image(url: "https://cdn.example/\(handle)-back.jpg")],
            variants: variants, seo: SEO(title: "\(title) | Kit", description: nil), createdAt: createdAt)
    }
}
