import Testing
@testable import Commerce

@Suite("Partner writes: productUpsert and inventoryAdjust against both backends")
struct CatalogWriteTests {
    @Test("create a product, then change it by id keeping variant ids and stock", arguments: BackendKind.allCases)
    func upsert(kind: BackendKind) async throws {
        let fixture = try await Fixture.empty(kind)
        let partner = fixture.admin()
        let created = try await partner.productUpsert(ProductInput(
            handle: "field-jacket", title: "Field Jacket", descriptionHtml: "<p>Waxed &amp; warm.</p>", vendor: "Fjell Outdoor",
            productType: "Jackets", tags: ["winter"], options: [ProductOption(name: "Size", values: ["M", "L"])],
            variants: [ProductVariantInput(sku: "FJ-M", price: "149.00", compareAtPrice: "179.99", selectedOptions: [SelectedOption(name: "Size", value: "M")], inventoryQuantity: 4),
                       ProductVariantInput(sku: "FJ-L", price: "154.5", selectedOptions: [SelectedOption(name: "size", value: "L")])],
            images: [Image(url: "https://cdn.example/fj.jpg", altText: "Jacket")]))
        #expect(created.userErrors.isEmpty)
        let product = try #require(created.product)
        #expect(product.description == "Waxed & warm.")
        #expect(product.variants.map(\.title) == ["M", "L"])
        #expect(product.priceRange.minVariantPrice.decimalString == "149.00" && product.priceRange.maxVariantPrice.decimalString == "154.50")
        #expect(product.compareAtPriceRange.maxVariantPrice.decimalString == "179.99")
        #expect(product.availableForSale && product.variants[1].quantityAvailable == 0)

        let id = GlobalID(type: "Product", id: product.id).encoded
        let keep = GlobalID(type: "ProductVariant", id: product.variants[0].id).encoded
        let changed = try await partner.productUpsert(ProductInput(id: id, title: "Waxed Field Jacket",
            variants: [ProductVariantInput(id: keep, sku: "FJ-M", price: "139.00", selectedOptions: [SelectedOption(name: "Size", value: "M")])]))
        #expect(changed.userErrors.isEmpty)
        let after = try #require(changed.product)
        #expect(after.title == "Waxed Field Jacket" && after.handle == "field-jacket" && after.vendor == "Fjell Outdoor")
        #expect(after.variants.map(\.id) == [product.variants[0].id])
        #expect(after.variants[0].quantityAvailable == 4, "omitted stock keeps the variant's stock")
        #expect(after.createdAt == product.createdAt)
        let found = try await fixture.storefront().products(PageArguments(first: 5), query: "waxed", sortKey: .ID, reverse: false)
        #expect(found.nodes.map(\.id) == [product.id], "the search index follows the change")
    }

    @Test("bad product input gives user errors and writes nothing", arguments: BackendKind.allCases)
    func upsertErrors(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 5)
        let partner = fixture.admin()
        await #expect(throws: CommerceError.accessDenied("productUpsert needs the catalog:write scope.")) {
            try await fixture.storefront(scopes: [.inventoryWrite]).productUpsert(ProductInput(handle: "x"))
        }
        func codes(_ payload: ProductPayload) -> [String] {
            payload.userErrors.map { "\($0.code.rawValue) \($0.field?.joined(separator: ".") ?? "-")" }
        }
        #expect(codes(try await partner.productUpsert(ProductInput(handle: "New Thing"))) ==
                ["INVALID input.handle", "BLANK input.title", "BLANK input.variants"])
        #expect(codes(try await partner.productUpsert(ProductInput(handle: "thing", title: "Thing", options: [ProductOption(name: "Size", values: ["S"])],
            variants: [ProductVariantInput(price: "9.999"), ProductVariantInput(price: "-1"), ProductVariantInput(price: "5", inventoryQuantity: -3),
                       ProductVariantInput(price: "5", selectedOptions: [SelectedOption(name: "Size", value: "XXL")])],
            images: [Image(url: "ftp://x")]))) ==
                ["INVALID input.images.0.url", "INVALID input.variants.0.price", "INVALID input.variants.1.price",
                 "MINIMUM_NOT_MET input.variants.2.inventoryQuantity", "INVALID input.variants.3.selectedOptions.0"])
        #expect(codes(try await partner.productUpsert(ProductInput(id: "junk"))) == ["INVALID input.id"])
        #expect(codes(try await partner.productUpsert(ProductInput(id: GlobalID(type: "Product", id: 777).encoded))) == ["NOT_FOUND input.id"])
        let existing = try await partner.products(PageArguments(first: 2), query: nil, sortKey: .ID, reverse: false).nodes
        #expect(codes(try await partner.productUpsert(ProductInput(id: GlobalID(type: "Product", id: existing[0].id).encoded, handle: existing[1].handle))) ==
                ["TAKEN input.handle"])
        #expect(codes(try await partner.productUpsert(ProductInput(id: GlobalID(type: "Product", id: existing[0].id).encoded,
            variants: [ProductVariantInput(id: GlobalID(type: "ProductVariant", id: existing[1].variants[0].id).encoded, price: "1")]))) ==
                ["NOT_FOUND input.variants.0.id"])
        // No backend keeps NUL in a catalog text (PostgreSQL's text cannot hold it): a user error on each field.
        #expect(codes(try await partner.productUpsert(ProductInput(handle: "nul", title: "A\u{0}B", vendor: "V\u{0}", tags: ["ok", "t\u{0}"],
            options: [ProductOption(name: "Size", values: ["S\u{0}"])],
            variants: [ProductVariantInput(sku: "S\u{0}", price: "1")], images: [Image(url: "https://x.example/a.jpg", altText: "\u{0}")],
            seo: SEO(title: "\u{0}")))) ==
                ["INVALID input.title", "INVALID input.vendor", "INVALID input.tags.1", "INVALID input.options.0", "INVALID input.images.0",
                 "INVALID input.variants.0", "INVALID input.seo"])
        #expect(try await fixture.backends.catalog.countProducts(ProductFilter()) == 5)
        #expect(try await fixture.backends.catalog.products(ids: [existing[0].id])[existing[0].id] == existing[0])
    }

    @Test("inventoryAdjust changes stock, never below zero", arguments: BackendKind.allCases)
    func inventory(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 10)
        let partner = fixture.admin()
        let variant = try await fixture.variantID(withStock: 1)
        let key = try #require(GlobalID.numeric(variant, type: "ProductVariant"))
        let stock = try #require(try await fixture.backends.catalog.variants(ids: [key])[key]?.quantityAvailable)
        #expect(try await partner.inventoryAdjust(variantId: variant, delta: 5).variant?.quantityAvailable == stock + 5)
        let refused = try await partner.inventoryAdjust(variantId: variant, delta: -(stock + 6))
        #expect(refused.userErrors.map(\.code) == [.NOT_ENOUGH_STOCK] && refused.userErrors.first?.field == ["delta"])
        let emptied = try await partner.inventoryAdjust(variantId: variant, delta: -(stock + 5))
        #expect(emptied.variant?.quantityAvailable == 0 && emptied.variant?.availableForSale == false)
        #expect(try await partner.inventoryAdjust(variantId: GlobalID(type: "ProductVariant", id: 123_456).encoded, delta: 1).userErrors.map(\.code) == [.NOT_FOUND])
        #expect(try await partner.inventoryAdjust(variantId: "junk", delta: 1).userErrors.map(\.code) == [.INVALID])
        await #expect(throws: CommerceError.accessDenied("inventoryAdjust needs the inventory:write scope.")) {
            try await fixture.storefront().inventoryAdjust(variantId: variant, delta: 1)
        }
    }
}
