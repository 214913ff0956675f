import Commerce
import Foundation

extension BackendKit {
    static func inventoryAdjustments(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check, history: false)
        let catalog = check.backends.catalog
        let product = store.productIDs[7], variant = store.variantIDs[7][0], stock = store.stock[7][0]
        func stockNow() async throws -> Int? { try await catalog.variants(ids: [variant], in: .standard)[variant]?.quantityAvailable }
        func adjusted(_ outcome: InventoryAdjustment, _ expected: Int, _ what: String) throws {
            guard case .adjusted(let changed) = outcome else { throw check.failure("\(what): expected .adjusted, got \(outcome)") }
            try check.equal(changed.id, variant, "\(what): the adjusted variant")
            try check.equal(changed.quantityAvailable, expected, "\(what): the stock after")
        }

        try adjusted(try await catalog.adjustInventory(variantID: variant, delta: 3), stock + 3, "adding 3 units")
        try check.equal(try await stockNow(), stock + 3, "the stock read back after adding")
        try check.equal(try await catalog.adjustInventory(variantID: variant, delta: -(stock + 4)), .insufficient(available: stock + 3),
                        "taking one unit more than in stock")
        try check.equal(try await stockNow(), stock + 3, "a refused adjustment changes nothing")
        try adjusted(try await catalog.adjustInventory(variantID: variant, delta: -(stock + 3)), 0, "taking every unit")
        let emptied = try await catalog.products(ids: [product], in: .standard)[product]
        try check.equal(emptied?.availableForSale, false, "a product without stock is not available")
        try check.expect(!(try await search(check, ProductFilter(available: true))).contains(product), "available:true leaves out a product without stock")
        try check.expect(try await search(check, ProductFilter(available: false)).contains(product), "available:false keeps a product without stock")
        try adjusted(try await catalog.adjustInventory(variantID: variant, delta: 1), 1, "adding 1 unit to none")
        try check.expect(try await search(check, ProductFilter(available: true)).contains(product), "available:true keeps a product with stock again")
        try check.equal(try await catalog.products(ids: [product], in: .standard)[product]?.availableForSale, true, "a product with stock again is available")

        try check.equal(try await catalog.adjustInventory(variantID: variant, delta: 10, maximum: 5), .overMaximum(available: 1),
                        "adding over the maximum")
        try adjusted(try await catalog.adjustInventory(variantID: variant, delta: 4, maximum: 5), 5, "adding up to the maximum exactly")
        try check.equal(try await catalog.adjustInventory(variantID: variant, delta: 1, maximum: 5), .overMaximum(available: 5),
                        "adding one unit over the maximum")
        try adjusted(try await catalog.adjustInventory(variantID: variant, delta: -1, maximum: 2), 4, "taking units when over a lower maximum")
        try adjusted(try await catalog.adjustInventory(variantID: variant, delta: 0), 4, "a zero adjustment")
        let absent = (store.productIDs + store.variantIDs.joined()).max()! + 1000
        try check.equal(try await catalog.adjustInventory(variantID: absent, delta: 1), .notFound, "adjusting a variant that does not exist")
        let others = try await catalog.variants(ids: store.variantIDs[7].dropFirst() + store.variantIDs[0], in: .standard)
        for (id, other) in others {
            let index = store.variantIDs.firstIndex { $0.contains(id) }!, position = store.variantIDs[index].firstIndex(of: id)!
            try check.equal(other.quantityAvailable, store.stock[index][position], "another variant's stock is untouched")
        }
    }

    static func inventoryReservations(_ check: BackendKitCheck) async throws {
        let store = try await KitStore.write(check, history: false)
        let catalog = check.backends.catalog
        let (a, b) = (store.variantIDs[3][0], store.variantIDs[5][1])
        let (stockA, stockB) = (store.stock[3][0], store.stock[5][1])
        let absent = (store.productIDs + store.variantIDs.joined()).max()! + 1000
        func state() async throws -> [Int] {
            let variants = try await catalog.variants(ids: [a, b], in: .standard)
            let products = try await catalog.products(ids: [store.productIDs[3], store.productIDs[5]], in: .standard)
            return [variants[a]?.quantityAvailable ?? -1, variants[b]?.quantityAvailable ?? -1,
                    Int(products[store.productIDs[3]]?.salesCount ?? -1), Int(products[store.productIDs[5]]?.salesCount ?? -1)]
        }
        func open() async throws -> Set<String> { Set(try await catalog.inventoryReservations(before: .distantFuture)) }

        try check.equal(try await catalog.takeInventory([a: 2, b: stockB + 1], from: [StockLevel.defaultLocation], reservation: "short"), .short([b: stockB]),
                        "taking more than in stock names the short variant and its stock")
        try check.equal(try await catalog.takeInventory([a: 1, absent: 1], from: [StockLevel.defaultLocation], reservation: "gone"), .short([absent: 0]),
                        "taking a variant that does not exist: short, with 0 in stock")
        try check.equal(try await state(), [stockA, stockB, 0, 0], "a short take takes nothing and sells nothing")
        try check.equal(try await open(), [], "a short take records nothing")

        let before = Date().addingTimeInterval(-60)
        try check.equal(try await catalog.takeInventory([a: 2, b: 1], from: [StockLevel.defaultLocation], reservation: "first"), .taken, "taking units in stock")
        try check.equal(try await state(), [stockA - 2, stockB - 1, 2, 1], "a take lowers the stock and counts the units as sold")
        try check.equal(try await open(), ["first"], "a take is recorded under its reservation")
        try check.equal(try await catalog.inventoryReservations(before: before), [], "a reservation taken now is not older than a minute")
        // Refusing with an error is as good as `.short`: what matters is that nothing more is taken.
        let again = try? await catalog.takeInventory([a: 1], from: [StockLevel.defaultLocation], reservation: "first")
        try check.expect(again != .taken, "a second take under a live reservation must be refused")
        try check.equal(try await state(), [stockA - 2, stockB - 1, 2, 1], "a second take under a live reservation takes nothing")

        try check.equal(try await catalog.returnInventory(reservation: "first"), true, "returning a recorded take")
        try check.equal(try await state(), [stockA, stockB, 0, 0], "returning gives the stock back and unsells the units")
        try check.equal(try await catalog.returnInventory(reservation: "first"), false, "returning the same take again")
        try check.equal(try await state(), [stockA, stockB, 0, 0], "a second return gives nothing back")
        try check.equal(try await catalog.returnInventory(reservation: "never"), false, "returning a reservation never taken")
        try check.equal(try await open(), [], "a returned take is forgotten")

        try check.equal(try await catalog.takeInventory([a: 3], from: [StockLevel.defaultLocation], reservation: "second"), .taken, "taking for an order")
        try check.equal(try await catalog.takeInventory([b: 1], from: [StockLevel.defaultLocation], reservation: "third"), .taken, "taking for another order")
        try check.equal(try await open(), ["second", "third"], "two recorded takes")
        try await catalog.settleInventory(reservation: "second")
        try check.equal(try await open(), ["third"], "a settled take is forgotten")
        try check.equal(try await catalog.returnInventory(reservation: "second"), false, "returning a settled take")
        try check.equal(try await state(), [stockA - 3, stockB - 1, 3, 1], "a settled take keeps the stock taken and the units sold")
        try await catalog.settleInventory(reservation: "never")
        try check.equal(try await open(), ["third"], "settling a reservation never taken changes nothing")
        let available = try await catalog.products(ids: [store.productIDs[3]], in: .standard)[store.productIDs[3]]?.availableForSale
        try check.equal(available, true, "a product with stock left is available")
        try check.equal(try await catalog.takeInventory([a: stockA - 3], from: [StockLevel.defaultLocation], reservation: "last"), .taken, "taking the last units")
        try check.equal(try await catalog.products(ids: [store.productIDs[3]], in: .standard)[store.productIDs[3]]?.availableForSale, false,
                        "a product whose last units were taken is not available")
        try check.expect(try await search(check, ProductFilter(available: false)).contains(store.productIDs[3]),
                         "available:false keeps a product whose last units were taken")
        _ = try await catalog.returnInventory(reservation: "last")
        try check.expect(try await search(check, ProductFilter(available: true)).contains(store.productIDs[3]),
                         "available:true keeps a product whose units were given back")
    }
}
