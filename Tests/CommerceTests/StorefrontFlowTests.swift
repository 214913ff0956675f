import GraphQLCore
import Testing
@testable import Commerce
@testable import CommerceGraphQL

@Suite("Storefront flows through GraphQL, in process, against both backends")
struct StorefrontFlowTests {
    @Test("home page: every module type, localized, carousels from the catalog", arguments: BackendKind.allCases)
    func home(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind)
        let response = try await GraphQLHarness.run(StorefrontQueries.home, variables: ["locale": .string("de")], store: fixture.storefront())
        #expect(response["errors"] == nil)
        #expect(response["data.page.title"]?.stringValue == "Concord: Kleidung und Wohnen")
        #expect(response["data.page.locale"]?.stringValue == "de")
        let modules = response["data.page.modules"]?.arrayValue ?? []
        try #require(modules.count == 10)
        #expect(modules.compactMap { $0["__typename"]?.stringValue } == ["Banner", "Hero", "ProductCarousel", "ProductCarousel", "CollectionGrid",
                                                                        "ProductCarousel", "Promo", "ProductCarousel", "ProductCarousel", "RichText"])
        #expect(modules[1]["heading"]?.stringValue == "Gemacht, um zu bleiben")
        #expect(modules[1]["image.url"]?.stringValue == "https://cdn.concord.example/content/home-hero.jpg?width=1200&format=webp")
        #expect(modules[2]["products"]?.arrayValue.count == 12)
        let price = modules[2]["products.0.priceRange.minVariantPrice"]
        #expect(price?["currencyCode"]?.stringValue == "EUR")
        #expect(price?["amount"]?.stringValue.map { CommerceSchema.isDecimal($0) && $0.split(separator: ".").last?.count == 2 } == true)
        #expect(modules[4]["collections"]?.arrayValue.count == 8)
        #expect(modules[6]["discountCode"]?.stringValue == "WELCOME10")
    }

    @Test("collection page: 50 products by price with cursors and a total", arguments: BackendKind.allCases)
    func collection(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind)
        let first = try await GraphQLHarness.run(StorefrontQueries.collection, variables: ["handle": .string("summer")], store: fixture.storefront())
        #expect(first["errors"] == nil)
        let products = first["data.collection.products"]
        let edges = products?["edges"]?.arrayValue ?? []
        #expect(edges.count == 50)
        let total = try #require(products?["totalCount"]?.intValue)
        #expect(total > 50)
        #expect(products?["pageInfo.hasNextPage"]?.boolValue == true)
        let prices = edges.compactMap { $0["node.priceRange.minVariantPrice.amount"]?.stringValue }.compactMap { Money.parse($0, currency: .EUR)?.minorUnits }
        #expect(prices.count == 50 && prices == prices.sorted())
        let after = try #require(products?["pageInfo.endCursor"]?.stringValue)
        let second = try await GraphQLHarness.run(StorefrontQueries.collection, variables: ["handle": .string("summer"), "after": .string(after)], store: fixture.storefront())
        let next = second["data.collection.products.edges"]?.arrayValue ?? []
        #expect(next.count == min(50, total - 50))
        let firstHandles = Set(edges.compactMap { $0["node.handle"]?.stringValue })
        #expect(next.allSatisfy { !firstHandles.contains($0["node.handle"]?.stringValue ?? "") })
    }

    @Test("product page: options, variants, images, collections", arguments: BackendKind.allCases)
    func product(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 60)
        let handle = try #require(try await fixture.storefront().products(PageArguments(first: 1), query: "product_type:shirts", sortKey: .ID, reverse: false).nodes.first?.handle)
        let response = try await GraphQLHarness.run(StorefrontQueries.product, variables: ["handle": .string(handle)], store: fixture.storefront())
        #expect(response["errors"] == nil)
        let product = try #require(response["data.product"])
        #expect(product["handle"]?.stringValue == handle)
        #expect(product["options.0.name"]?.stringValue == "Size")
        let variants = product["variants.nodes"]?.arrayValue ?? []
        #expect(variants.count == product["variants.totalCount"]?.intValue)
        #expect(variants.allSatisfy { $0["product.handle"]?.stringValue == handle })
        #expect(product["collections.nodes"]?.arrayValue.contains { $0["handle"]?.stringValue == "shirts" } == true)
        #expect(product["createdAt"]?.stringValue?.hasSuffix("Z") == true)
        let missing = try await GraphQLHarness.run(StorefrontQueries.product, variables: ["handle": .string("nope")], store: fixture.storefront())
        #expect(missing["data.product"] == .null && missing["errors"] == nil)
    }

    @Test("search: words and filters, relevance, next page", arguments: BackendKind.allCases)
    func search(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind)
        let response = try await GraphQLHarness.run(StorefrontQueries.search, variables: ["query": .string("linen tag:summer")], store: fixture.storefront())
        #expect(response["errors"] == nil)
        let edges = response["data.products.edges"]?.arrayValue ?? []
        #expect(!edges.isEmpty)
        #expect(edges.allSatisfy { ($0["node.tags"]?.arrayValue ?? []).contains(.string("summer")) })
        #expect(edges.first?["node.title"]?.stringValue?.contains("Linen") == true, "title matches rank first")
        let bad = try await GraphQLHarness.run("{ products(first: 300) { nodes { id } } }", store: fixture.storefront())
        #expect(bad["errors.0.message"]?.stringValue == "first is 300, over the maximum page size of 250.")
        #expect(bad["errors.0.path.0"]?.stringValue == "products")
        #expect(bad["errors.0.locations.0.line"]?.intValue == 1 && bad["errors.0.locations.0.column"]?.intValue == 3)
        #expect(bad["errors.0.extensions.code"]?.stringValue == "BAD_USER_INPUT")
        #expect(bad["data"] == .null)
        let cursor = try await GraphQLHarness.run(#"{ products(first: 3, after: "xyz") { nodes { id } } }"#, store: fixture.storefront())
        #expect(cursor["errors.0.message"]?.stringValue == "Invalid cursor \"xyz\" for after.")
    }

    @Test("cart through checkout: create, add, update, discount, buyer, checkout", arguments: BackendKind.allCases)
    func cartToCheckout(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 100)
        let a = try await fixture.variantID(withStock: 5), b = try await fixture.variantID(withStock: 5, skip: 7)
        let line = { (id: String, quantity: Int) -> JSON in .object(["merchandiseId": .string(id), "quantity": .int(quantity)]) }
        let created = try await GraphQLHarness.run(StorefrontQueries.cartCreate, variables: ["input": .object(["lines": .array([line(a, 1)])])], store: fixture.storefront())
        #expect(created["data.cartCreate.userErrors"]?.arrayValue == [])
        let cartID = try #require(created["data.cartCreate.cart.id"]?.stringValue)

        let added = try await GraphQLHarness.run(StorefrontQueries.cartLinesAdd, variables: ["cartId": .string(cartID), "lines": .array([line(a, 1), line(b, 2)])], store: fixture.storefront())
        #expect(added["data.cartLinesAdd.cart.totalQuantity"]?.intValue == 4)
        let lineID = try #require(added["data.cartLinesAdd.cart.lines.edges.1.node.id"]?.stringValue)

        let bad = try await GraphQLHarness.run(StorefrontQueries.cartLinesAdd, variables: ["cartId": .string(cartID), "lines": .array([line(a, 0)])], store: fixture.storefront())
        #expect(bad["data.cartLinesAdd.userErrors.0"] == .object(["field": .array([.string("lines"), .string("0"), .string("quantity")]),
                                                                   "message": .string("The quantity must be at least 1; got 0."), "code": .string("MINIMUM_NOT_MET")]))
        #expect(bad["data.cartLinesAdd.cart.totalQuantity"]?.intValue == 4)

        let updated = try await GraphQLHarness.run(StorefrontQueries.cartLinesUpdate, variables: [
            "cartId": .string(cartID), "lines": .array([.object(["id": .string(lineID), "quantity": .int(1)])])], store: fixture.storefront())
        #expect(updated["data.cartLinesUpdate.cart.totalQuantity"]?.intValue == 3)

        let codes = try await GraphQLHarness.run(StorefrontQueries.cartDiscounts, variables: ["cartId": .string(cartID), "codes": .array([.string("welcome10")])], store: fixture.storefront())
        #expect(codes["data.cartDiscountCodesUpdate.cart.discountCodes"] == .array([.object(["code": .string("WELCOME10"), "applicable": .bool(true)])]))
        let cost = try #require(codes["data.cartDiscountCodesUpdate.cart.cost"])
        let subtotal = try #require(cost["subtotalAmount.amount"]?.stringValue.flatMap { Money.parse($0, currency: .EUR) })
        let discount = try #require(cost["totalDiscountAmount.amount"]?.stringValue.flatMap { Money.parse($0, currency: .EUR) })
        #expect(discount.minorUnits == (subtotal.minorUnits * 1000 + 5000) / 10000)

        let buyer = try await GraphQLHarness.run(StorefrontQueries.cartBuyer, variables: ["cartId": .string(cartID), "buyer": .object(["email": .string("ana@example.com"), "countryCode": .string("DE")])], store: fixture.storefront())
        #expect(buyer["data.cartBuyerIdentityUpdate.cart.buyerIdentity.email"]?.stringValue == "ana@example.com")

        let checkout = try await GraphQLHarness.run(StorefrontQueries.checkout, variables: ["cartId": .string(cartID)], store: fixture.storefront())
        #expect(checkout["errors"] == nil)
        #expect(checkout["data.cartCheckout.userErrors"]?.arrayValue == [])
        #expect(checkout["data.cartCheckout.order.name"]?.stringValue == "#1001")
        #expect(checkout["data.cartCheckout.order.status"]?.stringValue == "CONFIRMED")
        #expect(checkout["data.cartCheckout.order.email"]?.stringValue == "ana@example.com")
        #expect(checkout["data.cartCheckout.order.totalAmount.amount"]?.stringValue == (try subtotal.subtracting(discount)).decimalString)
        #expect(checkout["data.cartCheckout.cart.status"]?.stringValue == "COMPLETED")
        let again = try await GraphQLHarness.run(StorefrontQueries.checkout, variables: ["cartId": .string(cartID)], store: fixture.storefront())
        #expect(again["data.cartCheckout.userErrors.0.code"]?.stringValue == "CART_COMPLETED")
        let empty = try await GraphQLHarness.run(StorefrontQueries.cartCreate, store: fixture.storefront())
        let emptyID = try #require(empty["data.cartCreate.cart.id"]?.stringValue)
        let refused = try await GraphQLHarness.run(StorefrontQueries.checkout, variables: ["cartId": .string(emptyID)], store: fixture.storefront())
        #expect(refused["data.cartCheckout.userErrors.0.code"]?.stringValue == "EMPTY_CART")
    }

    @Test("writes need their scope: a top-level FORBIDDEN error", arguments: [BackendKind.memory])
    func scopes(kind: BackendKind) async throws {
        let fixture = try await Fixture.seeded(kind, productCount: 5)
        let denied = try await GraphQLHarness.run(#"mutation { pagePublish(id: "x") { userErrors { code } } }"#, store: fixture.storefront())
        #expect(denied["errors.0.message"]?.stringValue == "pagePublish needs the content:write scope.")
        #expect(denied["errors.0.extensions.code"]?.stringValue == "FORBIDDEN")
        let allowed = try await GraphQLHarness.run(#"mutation { pagePublish(id: "x") { userErrors { code field } } }"#, store: fixture.admin())
        #expect(allowed["data.pagePublish.userErrors.0.code"]?.stringValue == "INVALID")
    }
}

@Suite("The Decimal scalar's check")
struct DecimalCheckTests {
    @Test("digits with at most one point and an optional leading minus", arguments: [
        ("0", true), ("29.99", true), ("-3.5", true), ("100", true), ("", false), ("-", false), (".5", false), ("5.", false),
        ("-.5", false), ("1.2.3", false), ("--1", false), ("1-2", false), ("1e5", false), (" 1", false), ("１", false),
    ])
    func decimal(text: String, valid: Bool) {
        #expect(CommerceSchema.isDecimal(text) == valid)
    }
}
