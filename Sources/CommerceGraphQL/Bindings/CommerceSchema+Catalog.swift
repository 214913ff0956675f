import Commerce
import GraphQLCore

/// A product option with its id (`ProductOption`).
struct OptionView {
    let id: String
    let option: ProductOption
}

extension CommerceSchema {
    static func bindCatalog(_ binder: CommerceBinder) throws {
        try binder.bindSource(Product.self, "Product.id") { GlobalID(type: "Product", id: $0.id).encoded }
        try binder.bindSource(Product.self, "Product.handle") { $0.handle }
        try binder.bindSource(Product.self, "Product.title") { $0.title }
        try binder.bindSource(Product.self, "Product.description") { $0.description }
        try binder.bindSource(Product.self, "Product.descriptionHtml") { $0.descriptionHtml }
        try binder.bindSource(Product.self, "Product.vendor") { $0.vendor }
        try binder.bindSource(Product.self, "Product.productType") { $0.productType }
        try binder.bindSource(Product.self, "Product.tags") { $0.tags }
        try binder.bindSource(Product.self, "Product.createdAt") { $0.createdAt }
        try binder.bindSource(Product.self, "Product.updatedAt") { $0.updatedAt }
        try binder.bindSource(Product.self, "Product.availableForSale") { $0.availableForSale }
        try binder.bindSource(Product.self, "Product.options") { product in
            product.options.enumerated().map { OptionView(id: GlobalID(type: "ProductOption", key: "\(product.id).\($0.offset)").encoded, option: $0.element) }
        }
        try binder.bindSource(Product.self, "Product.priceRange") { $0.priceRange }
        try binder.bindSource(Product.self, "Product.compareAtPriceRange") { $0.compareAtPriceRange }
        try binder.bindSync(Product.self, "Product.images") { product, arguments, store in try store.images(of: product, arguments.pageArguments) }
        try binder.bindSource(Product.self, "Product.featuredImage") { $0.images.first }
        try binder.bindSync(Product.self, "Product.variants") { product, arguments, store in try store.variants(of: product, arguments.pageArguments) }
        try binder.bindSync(Product.self, "Product.variantBySelectedOptions") { product, arguments, store in
            let wanted = (arguments.objects("selectedOptions") ?? []).map { SelectedOption(name: $0.string("name") ?? "", value: $0.string("value") ?? "") }
            return store.variant(of: product, selectedOptions: wanted)
        }
        try binder.bindAwaiting(Product.self, "Product.collections") { product, arguments, store in
            try await store.collections(of: product, arguments.pageArguments)
        }
        try binder.bindSource(Product.self, "Product.seo") { $0.seo }

        try binder.bindSource(OptionView.self, "ProductOption.id") { $0.id }
        try binder.bindSource(OptionView.self, "ProductOption.name") { $0.option.name }
        try binder.bindSource(OptionView.self, "ProductOption.values") { $0.option.values }
        try binder.bindSource(SelectedOption.self, "SelectedOption.name") { $0.name }
        try binder.bindSource(SelectedOption.self, "SelectedOption.value") { $0.value }
        try binder.bindSource(PriceRange.self, "ProductPriceRange.minVariantPrice") { $0.minVariantPrice }
        try binder.bindSource(PriceRange.self, "ProductPriceRange.maxVariantPrice") { $0.maxVariantPrice }
        // The Decimal scalar checks the digits of the string (one pass over its bytes).
        try binder.bindSource(Money.self, "Money.amount") { $0.decimalString }
        try binder.bindSource(Money.self, "Money.currencyCode") { $0.currency.rawValue }
        try binder.bindSource(SEO.self, "SEO.title") { $0.title }
        try binder.bindSource(SEO.self, "SEO.description") { $0.description }

        try binder.bindSource(Image.self, "Image.id") { image in image.id.map { GlobalID(type: "Image", id: $0).encoded } }
        try binder.bindSync(Image.self, "Image.url") { image, arguments, _ in
            guard let transform = arguments.object("transform") else { return image.url }
            let format = transform.string("preferredContentType").flatMap(ImageTransform.ContentType.init(rawValue:))
            return try ImageTransform(maxWidth: transform.int("maxWidth"), maxHeight: transform.int("maxHeight"),
                                      preferredContentType: format).apply(to: image.url)
        }
        try binder.bindSource(Image.self, "Image.altText") { $0.altText }
        try binder.bindSource(Image.self, "Image.width") { $0.width }
        try binder.bindSource(Image.self, "Image.height") { $0.height }

        try binder.bindSource(ProductVariant.self, "ProductVariant.id") { GlobalID(type: "ProductVariant", id: $0.id).encoded }
        try binder.bindSource(ProductVariant.self, "ProductVariant.title") { $0.title }
        try binder.bindSource(ProductVariant.self, "ProductVariant.sku") { $0.sku }
        try binder.bindSource(ProductVariant.self, "ProductVariant.price") { $0.price }
        try binder.bindSource(ProductVariant.self, "ProductVariant.compareAtPrice") { $0.compareAtPrice }
        try binder.bindSource(ProductVariant.self, "ProductVariant.availableForSale") { $0.availableForSale }
        try binder.bindSource(ProductVariant.self, "ProductVariant.quantityAvailable") { $0.quantityAvailable }
        try binder.bindSource(ProductVariant.self, "ProductVariant.selectedOptions") { $0.selectedOptions }
        try binder.bindSource(ProductVariant.self, "ProductVariant.image") { $0.image }
        try binder.bindAwaiting(ProductVariant.self, "ProductVariant.product") { variant, _, store in
            guard let product = try await store.product(of: variant) else {
                throw CommerceError.backend("variant \(variant.id) has no product \(variant.productID)")
            }
            return product
        }

        try binder.bindSource(Collection.self, "Collection.id") { GlobalID(type: "Collection", id: $0.id).encoded }
        try binder.bindSource(Collection.self, "Collection.handle") { $0.handle }
        try binder.bindSource(Collection.self, "Collection.title") { $0.title }
        try binder.bindSource(Collection.self, "Collection.description") { $0.description }
        try binder.bindSource(Collection.self, "Collection.descriptionHtml") { $0.descriptionHtml }
        try binder.bindSource(Collection.self, "Collection.image") { $0.image }
        try binder.bindSource(Collection.self, "Collection.updatedAt") { $0.updatedAt }
        try binder.bindSource(Collection.self, "Collection.seo") { $0.seo }
        try binder.bindAwaiting(Collection.self, "Collection.products") { collection, arguments, store in
            try await store.products(in: collection, arguments.pageArguments, sortKey: arguments.string("sortKey") ?? "COLLECTION_DEFAULT",
                                     reverse: arguments.bool("reverse") ?? false)
        }
    }
}
