import Foundation
import Testing
@testable import Commerce

/// The catalog's rules as plain functions on values, without any backend.
@Suite("CatalogRules: upsert checks, product building and stock arithmetic")
struct CatalogRulesTests {
    static let now = Date(milliseconds: 1_800_000_000_123)

    static func variant(id: Int64? = nil, title: String = "", stock: Int? = 3, options: [SelectedOption] = [],
                        image: Int? = nil, currency: CurrencyCode = .EUR) -> VariantDraft {
        VariantDraft(id: id, title: title, sku: nil, price: Money(minorUnits: 1_000, currency: currency), compareAtPrice: nil,
                     inventoryQuantity: stock, selectedOptions: options, imageIndex: image)
    }

    static func draft(id: Int64? = nil, handle: String, variants: [VariantDraft] = [variant()], images: [Image] = [],
                      createdAt: Date? = nil) -> ProductDraft {
        ProductDraft(id: id, handle: handle, title: handle.capitalized, description: "", descriptionHtml: "", vendor: "V",
                     productType: "T", tags: [], options: [], images: images, variants: variants, seo: SEO(), createdAt: createdAt)
    }

    /// A stored product with id `id`, handle `handle` and variants with these ids and stock.
    static func stored(_ id: Int64, _ handle: String, variants: [(Int64, Int)] = [(10, 4)], sales: Int64 = 7,
                       collections: [Int64] = [2, 5]) -> Product {
        let created = Date(milliseconds: 1_700_000_000_000)
        return CatalogRules.product(from: draft(handle: handle, variants: variants.map { variant(id: $0.0, stock: $0.1) }),
                                    replacing: nil, id: id, variantIDs: variants.map(\.0), imageIDs: [], now: created)
            .with(collectionIDs: collections, salesCount: sales)
    }

    @Test("a batch names the products it replaces: by id, else by handle, else none")
    func owners() throws {
        let stored: [Int64: Product] = [1: Self.stored(1, "mug"), 2: Self.stored(2, "cup", variants: [(20, 1)])]
        let owners = try CatalogRules.productOwners(
            [Self.draft(handle: "new"), Self.draft(id: 1, handle: "mug-renamed"), Self.draft(handle: "cup", variants: [Self.variant(id: 20)])],
            stored: stored, handleHolders: ["cup": 2])
        #expect(owners == [nil, 1, 2])
    }

    @Test("a refused batch: unknown id, a handle taken or claimed twice, a product replaced twice, a variant not of the product or given twice")
    func refusals() {
        let stored: [Int64: Product] = [1: Self.stored(1, "mug"), 2: Self.stored(2, "cup", variants: [(20, 1)])]
        let holders: [String: Int64] = ["mug": 1, "cup": 2]
        func refusal(_ drafts: [ProductDraft]) -> CatalogWriteError? {
            do { _ = try CatalogRules.productOwners(drafts, stored: stored, handleHolders: holders); return nil } catch { return error }
        }
        #expect(refusal([Self.draft(id: 9, handle: "x")]) == .notFound(9))
        #expect(refusal([Self.draft(id: 1, handle: "cup")]) == .handleTaken("cup"))
        #expect(refusal([Self.draft(handle: "x"), Self.draft(handle: "x")]) == .handleTaken("x"))
        #expect(refusal([Self.draft(handle: "mug"), Self.draft(id: 1, handle: "mug")]) == .handleTaken("mug"))
        #expect(refusal([Self.draft(id: 1, handle: "mug", variants: [Self.variant(id: 20)])]) == .variantNotFound(20))
        #expect(refusal([Self.draft(handle: "new", variants: [Self.variant(id: 10)])]) == .variantNotFound(10))
        #expect(refusal([Self.draft(id: 1, handle: "mug", variants: [Self.variant(id: 10), Self.variant(id: 10)])]) == .duplicateVariant(10))
        #expect(refusal([Self.draft(id: 1, handle: "mug", variants: [Self.variant(id: 10), Self.variant()])]) == nil)
        // Two drafts replacing one product, by id and by its handle, or by one id twice: the second would undo the first.
        #expect(refusal([Self.draft(id: 1, handle: "renamed"), Self.draft(handle: "mug")]) == .changedTwice(1))
        #expect(refusal([Self.draft(id: 1, handle: "a"), Self.draft(id: 1, handle: "b")]) == .changedTwice(1))
    }

    @Test("a new product: created at the draft's time or now, changed at the later of the two, ids as handed out")
    func newProduct() {
        let images = [Image(url: "https://x.example/1.jpg"), Image(url: "https://x.example/2.jpg")]
        let draft = Self.draft(handle: "lamp", variants: [
            Self.variant(options: [SelectedOption(name: "Size", value: "M"), SelectedOption(name: "Color", value: "Sand")], image: 1),
            Self.variant(title: "Named", stock: nil, image: 7),
            Self.variant(stock: 9, currency: .USD),
        ], images: images)
        let product = CatalogRules.product(from: draft, replacing: nil, id: 4, variantIDs: [40, 41, 42], imageIDs: [70, 71], now: Self.now)
        #expect(product.id == 4 && product.handle == "lamp")
        #expect(product.createdAt == Self.now && product.updatedAt == Self.now)
        #expect(product.salesCount == 0 && product.collectionIDs == [])
        #expect(product.images.map(\.id) == [70, 71])
        #expect(product.variants.map(\.id) == [40, 41, 42] && product.variants.map(\.position) == [0, 1, 2])
        #expect(product.variants.map(\.productID) == [4, 4, 4])
        #expect(product.variants.map(\.title) == ["M / Sand", "Named", "Default Title"])
        #expect(product.variants.map(\.quantityAvailable) == [3, 0, 9], "a new variant without stock has none")
        #expect(product.variants.map { $0.image?.id } == [71, nil, nil], "an image index past the images is no image")
        #expect(product.currency == .EUR, "the first variant's currency")

        let past = Date(milliseconds: 1_600_000_000_000), future = Date(milliseconds: 1_900_000_000_000)
        let old = CatalogRules.product(from: Self.draft(handle: "a", createdAt: past), replacing: nil, id: 1, variantIDs: [1], imageIDs: [], now: Self.now)
        #expect(old.createdAt == past && old.updatedAt == Self.now)
        let early = CatalogRules.product(from: Self.draft(handle: "a", createdAt: future), replacing: nil, id: 1, variantIDs: [1], imageIDs: [], now: Self.now)
        #expect(early.createdAt == future && early.updatedAt == future, "never changed before it was created")
        let fraction = CatalogRules.product(from: Self.draft(handle: "a"), replacing: nil, id: 1, variantIDs: [1], imageIDs: [],
                                            now: Date(timeIntervalSince1970: 1_800_000_000.1234567))
        #expect(fraction.updatedAt == Date(milliseconds: 1_800_000_000_123), "whole milliseconds, as stored")
    }

    @Test("a replaced product keeps its creation time, sales, collections and the stock of kept variants")
    func replacedProduct() {
        let existing = Self.stored(1, "mug", variants: [(10, 4), (11, 6)], sales: 12, collections: [3, 8])
        let draft = Self.draft(id: 1, handle: "mug-2", variants: [Self.variant(id: 11, stock: nil), Self.variant(id: 10, stock: 1), Self.variant(stock: nil)])
        let product = CatalogRules.product(from: draft, replacing: existing, id: 1, variantIDs: [11, 10, 12], imageIDs: [], now: Self.now)
        #expect(product.handle == "mug-2")
        #expect(product.createdAt == existing.createdAt && product.updatedAt == Self.now)
        #expect(product.salesCount == 12 && product.collectionIDs == [3, 8])
        #expect(product.variants.map(\.id) == [11, 10, 12])
        #expect(product.variants.map(\.quantityAvailable) == [6, 1, 0])
    }

    @Test("collections: unknown id, handle taken or claimed twice, one collection replaced twice, unknown products; members once, in order")
    func collections() throws {
        let stored: [Int64: Collection] = [1: Collection(id: 1, handle: "sale", title: "Sale", description: "", descriptionHtml: "", image: nil, seo: SEO(),
                                    updatedAt: Self.now)]
        func draft(id: Int64? = nil, _ handle: String, _ products: [Int64] = []) -> CollectionDraft {
            CollectionDraft(id: id, handle: handle, title: handle, description: "", descriptionHtml: "", image: nil, seo: SEO(), productIDs: products)
        }
        func refusal(_ drafts: [CollectionDraft]) -> CatalogWriteError? {
            do {
                _ = try CatalogRules.collectionOwners(drafts, stored: stored, handleHolders: ["sale": 1], existingProducts: [1, 2, 3])
                return nil
            } catch { return error }
        }
        #expect(try CatalogRules.collectionOwners([draft("new", [1, 2]), draft("sale")], stored: stored,
                                                  handleHolders: ["sale": 1], existingProducts: [1, 2]) == [nil, 1])
        #expect(try CatalogRules.collectionOwners([draft(id: 1, "sale-2")], stored: stored,
                                                  handleHolders: ["sale": 1], existingProducts: []) == [1])
        #expect(refusal([draft("sale"), draft(id: 1, "sale-2")]) == .changedTwice(1), "the second draft would undo the first")
        #expect(refusal([draft(id: 4, "x")]) == .notFound(4))
        #expect(refusal([draft("sale"), draft("sale")]) == .handleTaken("sale"))
        #expect(refusal([draft("a"), draft("a")]) == .handleTaken("a"), "two new collections cannot share a handle")
        #expect(refusal([draft("a", [1, 9, 2])]) == .notFound(9))

        let (collection, members) = CatalogRules.collection(from: draft("a", [3, 1, 3, 2, 1]), id: 5,
                                                            now: Date(timeIntervalSince1970: 1_800_000_000.0009))
        #expect(collection.id == 5 && collection.handle == "a")
        #expect(members == [3, 1, 2])
        #expect(collection.updatedAt == Date(milliseconds: 1_800_000_000_001))
    }

    @Test("stock never goes below zero nor overflows, and an increase stays within the maximum")
    func stock() {
        #expect(CatalogRules.stockChange(current: 5, delta: -5, maximum: 10) == .allowed(0))
        #expect(CatalogRules.stockChange(current: 5, delta: -6, maximum: 10) == .refused(.insufficient(available: 5)))
        #expect(CatalogRules.stockChange(current: 5, delta: 5, maximum: 10) == .allowed(10))
        #expect(CatalogRules.stockChange(current: 5, delta: 6, maximum: 10) == .refused(.overMaximum(available: 5)))
        #expect(CatalogRules.stockChange(current: 12, delta: -1, maximum: 10) == .allowed(11), "a decrease is fine above the maximum")
        #expect(CatalogRules.stockChange(current: 12, delta: 0, maximum: 10) == .allowed(12))
        #expect(CatalogRules.stockChange(current: 1, delta: .max, maximum: .max) == .refused(.insufficient(available: 1)), "overflow")
        #expect(CatalogRules.stockChange(current: 0, delta: .min, maximum: .max) == .refused(.insufficient(available: 0)))
    }

    @Test("a take is short of every variant holding fewer units than asked; a missing variant holds none")
    func shortfall() {
        #expect(CatalogRules.shortfall([1: 2, 2: 3, 3: 1, 4: 0], stock: [1: 2, 2: 1, 4: 0]) == [2: 1, 3: 0])
        #expect(CatalogRules.shortfall([1: 2], stock: [1: 5]).isEmpty)
    }
}
