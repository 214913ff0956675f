import Foundation
import Testing
@testable import Commerce

/// Stock changes racing each other and catalog writes, on every backend: on PostgreSQL, checkouts
/// take stock with conditional statements that do not wait for the catalog's write lock, so these
/// check that a catalog write never saves stock or sales it read before a take, and that takes of
/// overlapping variants never deadlock.
@Suite("Stock under contention: catalog writes during takes, overlapping takes")
struct StockContentionTests {
    /// Two products of one variant each, with `stock` units each.
    func products(_ catalog: any CatalogBackend, stock: Int) async throws -> [Product] {
        try await catalog.upsertProducts((0..<2).map { index in
            ProductDraft(handle: "busy-\(index)", title: "Busy \(index)", description: "", descriptionHtml: "", vendor: "V",
                         productType: "T", tags: [], options: [], images: [], variants: [
                            VariantDraft(title: "", sku: nil, price: Money(minorUnits: 500, currency: .EUR), compareAtPrice: nil,
                                         inventoryQuantity: stock, selectedOptions: [])], seo: SEO())
        })
    }

    @Test("40 takes of one unit while the product is rewritten 10 times: every unit taken stays taken and sold",
          arguments: BackendKind.allCases)
    func catalogWritesDuringTakes(kind: BackendKind) async throws {
        let catalog = try await kind.makeBackends(connections: 12).catalog
        let product = try await products(catalog, stock: 100)[0]
        let variant = product.variants[0].id
        // A rewrite keeps the variant and gives no stock: it keeps the stock and sales it finds.
        var rewrite = ProductDraft(id: product.id, handle: product.handle, title: product.title, description: "", descriptionHtml: "",
                                   vendor: "V", productType: "T", tags: [], options: [], images: [], variants: [
                                       VariantDraft(id: variant, title: "", sku: nil, price: Money(minorUnits: 500, currency: .EUR),
                                                    compareAtPrice: nil, inventoryQuantity: nil, selectedOptions: [])], seo: SEO())
        rewrite.createdAt = nil
        let rewritten = rewrite
        let takes = try await withThrowingTaskGroup(of: InventoryTake?.self) { group in
            for number in 0..<40 {
                group.addTask { try await catalog.takeInventory([variant: 1], reservation: "busy-\(number)") }
            }
            for _ in 0..<10 {
                group.addTask { _ = try await catalog.upsertProducts([rewritten]); return nil }
            }
            return try await group.reduce(into: [InventoryTake]()) { if let take = $1 { $0.append(take) } }
        }
        #expect(takes == Array(repeating: .taken, count: 40))
        let after = try #require(try await catalog.products(ids: [product.id])[product.id])
        #expect(after.variants.map(\.quantityAvailable) == [60], "no rewrite saved a stock read before a take")
        #expect(after.salesCount == 40, "no rewrite saved sales read before a take")
    }

    @Test("takes and returns of two variants at once, in either order, never deadlock and leave the stock whole",
          arguments: BackendKind.allCases)
    func overlappingTakes(kind: BackendKind) async throws {
        let catalog = try await kind.makeBackends(connections: 12).catalog
        let written = try await products(catalog, stock: 1000)
        let (a, b) = (written[0].variants[0].id, written[1].variants[0].id)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for number in 0..<30 {
                group.addTask {
                    let quantities = number.isMultiple(of: 2) ? [a: 1, b: 2] : [b: 2, a: 1]
                    let take = try await catalog.takeInventory(quantities, reservation: "both-\(number)")
                    #expect(take == .taken)
                    if number.isMultiple(of: 3) {
                        let returned = try await catalog.returnInventory(reservation: "both-\(number)")
                        #expect(returned)
                    }
                }
            }
            try await group.waitForAll()
        }
        let returned = (0..<30).filter { $0.isMultiple(of: 3) }.count
        let variants = try await catalog.variants(ids: [a, b])
        #expect(variants[a]?.quantityAvailable == 1000 - (30 - returned))
        #expect(variants[b]?.quantityAvailable == 1000 - 2 * (30 - returned))
        let sold = try await catalog.products(ids: written.map(\.id))
        #expect(sold[written[0].id]?.salesCount == Int64(30 - returned) && sold[written[1].id]?.salesCount == Int64(2 * (30 - returned)))
    }
}
