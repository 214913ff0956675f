import Commerce
import GraphQLCore

/// A product option with its id (`ProductOption`).
struct OptionView {
    let id: String
    let option: ProductOption
}

extension CommerceSchema {
    static func bindCatalog(_ schema: GraphQLSchema) throws {
        try schema.bindSource("Product.id", Product.self) { GlobalID(type: "Product", id: $0.id).encoded }
        try schema.bindSource("Product.handle", Product.self) { $0.handle }
        try schema.bindSource("Product.title", Product.self) { $0.title }
        try schema.bindSource("Product.description", Product.self) { $0.description }
        try schema.bindSource("Product.descriptionHtml", Product.self) { $0.descriptionHtml }
        try schema.bindSource("Product.vendor", Product.self) { $0.vendor }
        try schema.bindSource("Product.productType", Product.self) { $0.productType }
        try schema.bindSource("Product.tags", Product.self) { $0.tags }
        try schema.bindSource("Product.createdAt", Product.self) { $0.createdAt }
        try schema.bindSource("Product.updatedAt", Product.self) { $0.updatedAt }
        try schema.bindSource("Product.availableForSale", Product.self) { $0.availableForSale }
        try schema.bindSource("Product.options", Product.self) { product in
            product.options.enumerated().map { OptionView(id: GlobalID(type: "ProductOption", key: "\(product.id).\($0.offset)").encoded, option: $0.element) }
        }
        try schema.bindSource("Product.priceRange", Product.self) { $0.priceRange }
        try schema.bindSource("Product.compareAtPriceRange", Product.self) { $0.compareAtPriceRange }
        try schema.bindSync("Product.images", Product.self) { product, arguments, store in try store.images(of: product, arguments.pageArguments) }
        try schema.bindSource("Product.featuredImage", Product.self) { $0.images.first }
        try schema.bindSync("Product.variants", Product.self) { product, arguments, store in try store.variants(of: product, arguments.pageArguments) }
        try schema.bindSync("Product.variantBySelectedOptions", Product.self) { product, arguments, store in
            let wanted = (arguments.objects("selectedOptions") ?? []).map { SelectedOption(name: $0.string("name") ?? "", value: $0.string("value") ?? "") }
            return store.variant(of: product, selectedOptions: wanted)
        }
        try schema.bindAsync("Product.collections", Product.self) { product, arguments, store in
            try await store.collections(of: product, arguments.pageArguments)
        }
        try schema.bindSource("Product.seo", Product.self) { $0.seo }

        try schema.bindSource("ProductOption.id", OptionView.self) { $0.id }
        try schema.bindSource("ProductOption.name", OptionView.self) { $0.option.name }
        try schema.bindSource("ProductOption.values", OptionView.self) { $0.option.values }
        try schema.bindSource("SelectedOption.name", SelectedOption.self) { $0.name }
        try schema.bindSource("SelectedOption.value", SelectedOption.self) { $0.value }
        try schema.bindSource("ProductPriceRange.minVariantPrice", PriceRange.self) { $0.minVariantPrice }
        try schema.bindSource("ProductPriceRange.maxVariantPrice", PriceRange.self) { $0.maxVariantPrice }
        // The Money itself: the Decimal scalar writes it without re-checking a string's digits.
        try schema.bindSource("Money.amount", Money.self) { money -> Any? in money }
        try schema.bindSource("Money.currencyCode", Money.self) { $0.currency.rawValue }
        try schema.bindSource("SEO.title", SEO.self) { $0.title }
        try schema.bindSource("SEO.description", SEO.self) { $0.description }

        try schema.bindSource("Image.id", Image.self) { image in image.id.map { GlobalID(type: "Image", id: $0).encoded } }
        try schema.bindSync("Image.url", Image.self) { image, arguments, _ in
            guard let transform = arguments.object("transform") else { return image.url }
            let format = transform.string("preferredContentType").flatMap(ImageTransform.ContentType.init(rawValue:))
            return try ImageTransform(maxWidth: transform.int("maxWidth"), maxHeight: transform.int("maxHeight"),
                                      preferredContentType: format).apply(to: image.url)
        }
        try schema.bindSource("Image.altText", Image.self) { $0.altText }
        try schema.bindSource("Image.width", Image.self) { $0.width }
        try schema.bindSource("Image.height", Image.self) { $0.height }

        try schema.bindSource("ProductVariant.id", ProductVariant.self) { GlobalID(type: "ProductVariant", id: $0.id).encoded }
        try schema.bindSource("ProductVariant.title", ProductVariant.self) { $0.title }
        try schema.bindSource("ProductVariant.sku", ProductVariant.self) { $0.sku }
        try schema.bindSource("ProductVariant.price", ProductVariant.self) { $0.price }
        try schema.bindSource("ProductVariant.compareAtPrice", ProductVariant.self) { $0.compareAtPrice }
        try schema.bindSource("ProductVariant.availableForSale", ProductVariant.self) { $0.availableForSale }
        try schema.bindSource("ProductVariant.quantityAvailable", ProductVariant.self) { $0.quantityAvailable }
        try schema.bindSource("ProductVariant.selectedOptions", ProductVariant.self) { $0.selectedOptions }
        try schema.bindSource("ProductVariant.image", ProductVariant.self) { $0.image }
        try schema.bindAsync("ProductVariant.product", ProductVariant.self) { variant, _, store in
            guard let product = try await store.product(of: variant) else {
                throw CommerceError.backend("variant \(variant.id) has no product \(variant.productID)")
            }
            return product
        }

        try schema.bindSource("Collection.id", Collection.self) { GlobalID(type: "Collection", id: $0.id).encoded }
        try schema.bindSource("Collection.handle", Collection.self) { $0.handle }
        try schema.bindSource("Collection.title", Collection.self) { $0.title }
        try schema.bindSource("Collection.description", Collection.self) { $0.description }
        try schema.bindSource("Collection.descriptionHtml", Collection.self) { $0.descriptionHtml }
        try schema.bindSource("Collection.image", Collection.self) { $0.image }
        try schema.bindSource("Collection.updatedAt", Collection.self) { $0.updatedAt }
        try schema.bindSource("Collection.seo", Collection.self) { $0.seo }
        try schema.bindAsync("Collection.products", Collection.self) { collection, arguments, store in
            try await store.products(in: collection, arguments.pageArguments, sortKey: arguments.string("sortKey") ?? "COLLECTION_DEFAULT",
                                     reverse: arguments.bool("reverse") ?? false)
        }
    }
}
