import Foundation

extension ProductDraft {
    /// The product this draft describes once stored, given the ids handed out for it (see `CatalogRules.product(from:…)`).
    package func build(id: Int64, variantIDs: [Int64], imageIDs: [Int64], collectionIDs: [Int64], createdAt: Date,
               updatedAt: Date, salesCount: Int64, inventory: [Int]) -> Product {
        let images = zip(self.images, imageIDs).map { image, imageID in
            var stored = image
            stored.id = imageID
            return stored
        }
        let currency = variants.first?.price.currency ?? .EUR
        let variants = self.variants.enumerated().map { index, variant in
            ProductVariant(
                id: variantIDs[index], productID: id, position: index, title: variant.resolvedTitle, sku: variant.sku,
                price: variant.price, compareAtPrice: variant.compareAtPrice, quantityAvailable: inventory[index],
                selectedOptions: variant.selectedOptions,
                image: variant.imageIndex.flatMap { images.indices.contains($0) ? images[$0] : nil })
        }
        return Product(
            id: id, handle: handle, title: title, description: description, descriptionHtml: descriptionHtml,
            vendor: vendor, productType: productType, tags: tags, createdAt: createdAt, updatedAt: updatedAt,
            options: options, images: images, variants: variants, collectionIDs: collectionIDs, seo: seo,
            salesCount: salesCount, currency: currency)
    }
}

extension VariantDraft {
    /// The title, derived from the option values when none was given ("Default Title" without options).
    package var resolvedTitle: String {
        if !title.isEmpty { return title }
        if selectedOptions.isEmpty { return "Default Title" }
        return selectedOptions.map(\.value).joined(separator: " / ")
    }
}
