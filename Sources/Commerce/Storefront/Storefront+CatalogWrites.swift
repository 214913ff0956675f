import Foundation

extension Storefront {
    /// The most variants a product may have.
    public static let maximumVariants = 100

    /// `productUpsert(input:)`: changes the product named by id (or handle), or creates one.
    public func productUpsert(_ input: ProductInput) async throws(CommerceError) -> ProductPayload {
        try require(.catalogWrite, for: "productUpsert")
        let nul = input.pathsHoldingNUL
        guard nul.isEmpty else {
            return ProductPayload(product: nil, userErrors: nul.map {
                UserError(field: $0, message: "The text must not hold the NUL character (U+0000).", code: .INVALID)
            })
        }
        var errors: [UserError] = []
        let catalog = backends.catalog
        var existing: Product?
        if let id = input.id {
            guard let key = GlobalID.numeric(id, type: "Product") else {
                return ProductPayload(product: nil, userErrors: [UserError(field: ["input", "id"], message: "\"\(id)\" is not a product id.", code: .INVALID)])
            }
            existing = try await backendCall { try await catalog.storedProducts(ids: [key]) }[key]
            if existing == nil {
                return ProductPayload(product: nil, userErrors: [UserError(field: ["input", "id"], message: "No product has the id \(id).", code: .NOT_FOUND)])
            }
        } else if let handle = input.handle {
            existing = try await backendCall { try await catalog.storedProducts(handles: [handle]) }[handle]
        }
        let handle = input.handle ?? existing?.handle ?? ""
        if handle.isEmpty {
            errors.append(UserError(field: ["input", "handle"], message: "A new product needs a handle.", code: .BLANK))
        } else if !InputFormat.isHandle(handle) {
            errors.append(UserError(field: ["input", "handle"], message: "\"\(handle)\" is not a handle: use lowercase letters, digits and dashes.", code: .INVALID))
        }
        let title = (input.title ?? existing?.title ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty { errors.append(UserError(field: ["input", "title"], message: "The title cannot be blank.", code: .BLANK)) }
        let options = input.options ?? existing?.options ?? []
        for (index, option) in options.enumerated() where option.name.trimmingCharacters(in: .whitespaces).isEmpty || option.values.isEmpty {
            errors.append(UserError(field: ["input", "options", String(index)], message: "An option needs a name and at least one value.", code: .BLANK))
        }
        var images = input.images ?? existing?.images ?? []
        for (index, image) in images.enumerated() where !InputFormat.isAbsoluteURL(image.url) {
            errors.append(UserError(field: ["input", "images", String(index), "url"], message: "\"\(image.url)\" is not an absolute http(s) URL.", code: .INVALID))
        }
        if input.images != nil { images = images.map { Image(url: $0.url, altText: $0.altText, width: $0.width, height: $0.height) } }
        let variants = validate(variants: input.variants, existing: existing, options: options, errors: &errors)
        guard errors.isEmpty else { return ProductPayload(product: nil, userErrors: errors) }
        let html = input.descriptionHtml ?? existing?.descriptionHtml ?? ""
        let draft = ProductDraft(
            id: existing?.id, handle: handle, title: title,
            description: input.descriptionHtml.map(Self.plainText) ?? existing?.description ?? "", descriptionHtml: html,
            vendor: input.vendor ?? existing?.vendor ?? "", productType: input.productType ?? existing?.productType ?? "",
            tags: input.tags ?? existing?.tags ?? [], options: options, images: images, variants: variants,
            seo: input.seo ?? existing?.seo ?? SEO())
        do {
            guard let product = try await catalog.upsertProducts([draft]).first else { throw CommerceError.backend("upsert returned nothing") }
            recordPublicWrite()
            // The payload shows the product as the request's channel does (the stored one when it does not list it).
            await self.products.clear([product.id])
            await self.variants.clear(product.variants.map(\.id) + (existing?.variants.map(\.id) ?? []))
            let shown = (try? await self.products.load(product.id)) ?? product
            return ProductPayload(product: shown, userErrors: [])
        } catch CatalogWriteError.handleTaken(let handle) {
            return ProductPayload(product: nil, userErrors: [UserError(field: ["input", "handle"], message: "The handle \(handle) is taken by another product.", code: .TAKEN)])
        } catch CatalogWriteError.variantNotFound(let id) {
            return ProductPayload(product: nil, userErrors: [UserError(field: ["input", "variants"], message: "The product has no variant \(GlobalID(type: "ProductVariant", id: id)).", code: .NOT_FOUND)])
        } catch CatalogWriteError.duplicateVariant(let id) {
            return ProductPayload(product: nil, userErrors: [UserError(field: ["input", "variants"], message: "The variant \(GlobalID(type: "ProductVariant", id: id)) is given twice.", code: .INVALID)])
        } catch CatalogWriteError.notFound {
            return ProductPayload(product: nil, userErrors: [UserError(field: ["input", "id"], message: "The product no longer exists.", code: .NOT_FOUND)])
        } catch CatalogWriteError.changedTwice {
            return ProductPayload(product: nil, userErrors: [UserError(field: ["input"], message: "The product is changed twice in one batch.", code: .INVALID)])
        } catch let error as CommerceError {
            throw error
        } catch {
            throw CommerceError(backendFailure: error)
        }
    }

    /// Checks the variants of an upsert; nil input keeps the existing variants.
    private func validate(variants input: [ProductVariantInput]?, existing: Product?, options: [ProductOption],
                          errors: inout [UserError]) -> [VariantDraft] {
        guard let input else {
            guard let existing, !existing.variants.isEmpty else {
                errors.append(UserError(field: ["input", "variants"], message: "A new product needs at least one variant.", code: .BLANK))
                return []
            }
            return existing.variants.map {
                VariantDraft(id: $0.id, title: $0.title, sku: $0.sku, price: $0.price, compareAtPrice: $0.compareAtPrice,
                             inventoryQuantity: nil, selectedOptions: $0.selectedOptions,
                             imageIndex: $0.image.flatMap { image in existing.images.firstIndex { $0.id == image.id } })
            }
        }
        if input.isEmpty {
            errors.append(UserError(field: ["input", "variants"], message: "A product needs at least one variant.", code: .BLANK))
        }
        if input.count > Self.maximumVariants {
            errors.append(UserError(field: ["input", "variants"], message: "A product has at most \(Self.maximumVariants) variants; got \(input.count).", code: .TOO_MANY_ITEMS))
            return []
        }
        let currency = settings.currency
        return input.enumerated().compactMap { index, variant in
            let path = ["input", "variants", String(index)]
            var variantID: Int64?
            if let id = variant.id {
                guard let key = GlobalID.numeric(id, type: "ProductVariant"), existing?.variants.contains(where: { $0.id == key }) == true else {
                    errors.append(UserError(field: path + ["id"], message: "The product has no variant \(id).", code: .NOT_FOUND))
                    return nil
                }
                variantID = key
            }
            guard let price = Money.parse(variant.price, currency: currency), price.minorUnits >= 0 else {
                errors.append(UserError(field: path + ["price"], message: "\"\(variant.price)\" is not an amount in \(currency.rawValue) with at most \(currency.fractionDigits) decimals.", code: .INVALID))
                return nil
            }
            guard checkPrice(price, path: path + ["price"], errors: &errors) else { return nil }
            var compareAt: Money?
            if let text = variant.compareAtPrice {
                guard let parsed = Money.parse(text, currency: currency), parsed.minorUnits >= 0 else {
                    errors.append(UserError(field: path + ["compareAtPrice"], message: "\"\(text)\" is not an amount in \(currency.rawValue) with at most \(currency.fractionDigits) decimals.", code: .INVALID))
                    return nil
                }
                guard checkPrice(parsed, path: path + ["compareAtPrice"], errors: &errors) else { return nil }
                compareAt = parsed
            }
            if let stock = variant.inventoryQuantity, stock < 0 {
                errors.append(UserError(field: path + ["inventoryQuantity"], message: "The stock cannot be negative; got \(stock).", code: .MINIMUM_NOT_MET))
                return nil
            }
            if let stock = variant.inventoryQuantity, stock > settings.maximumInventoryQuantity {
                errors.append(UserError(field: path + ["inventoryQuantity"], message: "The stock can be at most \(settings.maximumInventoryQuantity); got \(stock).", code: .MAXIMUM_EXCEEDED))
                return nil
            }
            let selected = variant.selectedOptions ?? []
            for (optionIndex, choice) in selected.enumerated() {
                guard let option = options.first(where: { $0.name.lowercased() == choice.name.lowercased() }),
                      option.values.contains(choice.value) else {
                    errors.append(UserError(field: path + ["selectedOptions", String(optionIndex)],
                                            message: "\(choice.name): \(choice.value) is not one of the product's option values.", code: .INVALID))
                    return nil
                }
            }
            return VariantDraft(id: variantID, title: "", sku: variant.sku, price: price, compareAtPrice: compareAt,
                                inventoryQuantity: variant.inventoryQuantity, selectedOptions: selected)
        }
    }

    /// Records MAXIMUM_EXCEEDED for a price over `settings.maximumPriceMinorUnits`; false then.
    private func checkPrice(_ price: Money, path: [String], errors: inout [UserError]) -> Bool {
        guard price.minorUnits > settings.maximumPriceMinorUnits else { return true }
        let maximum = Money(minorUnits: settings.maximumPriceMinorUnits, currency: price.currency)
        errors.append(UserError(field: path, message: "A price can be at most \(maximum.decimalString) \(price.currency.rawValue); got \(price.decimalString).", code: .MAXIMUM_EXCEEDED))
        return false
    }

    /// `inventoryAdjust(variantId:, delta:, locationCode:)`: the stock at the location (the request
    /// channel's first stock location when nil) stays between 0 and `settings.maximumInventoryQuantity`.
    public func inventoryAdjust(variantId: String, delta: Int, location: String? = nil) async throws(CommerceError) -> InventoryPayload {
        try require(.inventoryWrite, for: "inventoryAdjust")
        let location = location ?? context.channel.stockLocations.first ?? StockLevel.defaultLocation
        guard !location.isEmpty, location.utf8.count <= 64 else {
            return InventoryPayload(variant: nil, userErrors: [UserError(field: ["locationCode"], message: "locationCode must be 1 to 64 bytes long.", code: .INVALID)])
        }
        guard let key = GlobalID.numeric(variantId, type: "ProductVariant") else {
            return InventoryPayload(variant: nil, userErrors: [UserError(field: ["variantId"], message: "\"\(variantId)\" is not a product variant id.", code: .INVALID)])
        }
        guard abs(delta) <= 1_000_000 else {
            return InventoryPayload(variant: nil, userErrors: [UserError(field: ["delta"], message: "delta must be between -1000000 and 1000000; got \(delta).", code: .INVALID)])
        }
        let maximum = settings.maximumInventoryQuantity
        switch try await backendCall({ try await backends.catalog.adjustInventory(variantID: key, location: location, delta: delta, maximum: maximum) }) {
        case .adjusted(let variant):
            if delta != 0 { recordPublicWrite() }  // a zero delta changes nothing a public answer holds
            await variants.clear([variant.id])
            await products.clear([variant.productID])
            // The variant as the request's channel sees it (its units over the channel's locations);
            // the stored one, with the location's units, when the channel does not sell it.
            let shown = (try? await variants.load(variant.id)) ?? variant
            return InventoryPayload(variant: shown, userErrors: [])
        case .notFound:
            return InventoryPayload(variant: nil, userErrors: [UserError(field: ["variantId"], message: "No product variant has the id \(variantId).", code: .NOT_FOUND)])
        case .overMaximum(let available):
            return InventoryPayload(variant: nil, userErrors: [UserError(field: ["delta"], message: "The stock can be at most \(maximum); it holds \(available).", code: .MAXIMUM_EXCEEDED)])
        case .insufficient(let available):
            return InventoryPayload(variant: nil, userErrors: [UserError(field: ["delta"], message: "Only \(available) units are in stock; cannot take \(-delta).", code: .NOT_ENOUGH_STOCK)])
        }
    }

    /// The text of HTML: tags dropped, common entities decoded, whitespace collapsed.
    static func plainText(_ html: String) -> String {
        var text = "", inTag = false
        for character in html {
            if character == "<" { inTag = true; text.append(" ") } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        for (entity, value) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " ")] {
            text = text.replacingOccurrences(of: entity, with: value)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
