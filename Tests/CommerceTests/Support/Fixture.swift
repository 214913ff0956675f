import Foundation
import Testing
@testable import Commerce
@testable import CommerceSQLite
@testable import CommerceMemory
@testable import CommercePostgres

/// The built-in backend families every behaviour is tested against: memory, SQLite, and PostgreSQL
/// when CONCORD_TEST_POSTGRES_URL is set.
enum BackendKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case memory, sqlite, postgres

    /// Memory and SQLite, and PostgreSQL when its tests are on.
    static var allCases: [BackendKind] { PostgresTestDatabase.isEnabled ? [.memory, .sqlite, .postgres] : [.memory, .sqlite] }

    var testDescription: String { rawValue }

    /// Fresh, empty backends (SQLite in a new temporary file, PostgreSQL in a new schema, on a pool
    /// of `connections`).
    func makeBackends(connections: Int = 3) async throws -> CommerceBackends {
        switch self {
        case .memory: return .inMemory()
        case .sqlite: return try .sqlite(path: temporaryDatabasePath())
        case .postgres: return try await PostgresTestDatabase.backends(on: try await PostgresTestDatabase.scratchURL(), poolSize: connections)
        }
    }
}

/// A new path for a SQLite file in the temporary directory.
func temporaryDatabasePath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("concord-test-\(UUID().uuidString).db").path
}

/// A seeded store: backends wrapped in call counters, and the seed's products.
struct Fixture: Sendable {
    let backends: CommerceBackends
    let counter: CallCounter

    /// Seeds `productCount` products into fresh backends of `kind`.
    static func seeded(_ kind: BackendKind, productCount: Int = 500) async throws -> Fixture {
        let raw = try await kind.makeBackends()
        _ = try await StoreSeeder(productCount: productCount).seed(into: raw)
        let counter = CallCounter()
        return Fixture(backends: counter.wrap(raw), counter: counter)
    }

    /// Empty backends of `kind`.
    static func empty(_ kind: BackendKind) async throws -> Fixture {
        let counter = CallCounter()
        return Fixture(backends: counter.wrap(try await kind.makeBackends()), counter: counter)
    }

    /// The API for one request.
    func storefront(scopes: Set<Scope> = Scope.storefrontDefaults, now: @escaping @Sendable () -> Date = { Date() }) -> Storefront {
        Storefront(backends: backends, scopes: scopes, now: now)
    }

    /// A storefront with every scope.
    func admin() -> Storefront {
        storefront(scopes: Set(Scope.allCases))
    }

    /// The global id of a product variant with at least `stock` units.
    func variantID(withStock stock: Int, skip: Int = 0) async throws -> String {
        let page = try await backends.catalog.searchProducts(ProductSearch(
            filter: ProductFilter(), sortKey: .ID, reverse: false, window: PageWindow(limit: 250)))
        let variants = page.items.flatMap(\.item.variants).filter { $0.quantityAvailable >= stock }
        return GlobalID(type: "ProductVariant", id: variants[skip].id).encoded
    }
}
