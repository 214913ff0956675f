import Commerce
import Foundation

/// A catalog served by another service over the upstream contract (`docs/upstream-contract.md`):
/// the `http` backend kind. Reads only: every write throws `UpstreamReadOnlyError` (write to the
/// service that owns the catalog). Calls go through the service's shared `Upstream`: pooled
/// keep-alive connections, the request's deadline, one retry within budget, the circuit breaker,
/// and the stale-if-error cache.
public final class HTTPCatalogBackend: CatalogBackend {
    /// The service.
    public let upstream: Upstream

    /// A backend over an upstream.
    public init(upstream: Upstream) { self.upstream = upstream }

    public func products(ids: [Int64]) async throws -> [Int64: Product] {
        try await upstream.batched(ids, kind: "product:id", route: .productsByIDs, request: { WireBodies.IDs(ids: $0) },
                                   answer: WireBodies.Products.self) { $0.products.map { ($0.id, $0.model) } }
    }

    public func products(handles: [String]) async throws -> [String: Product] {
        try await upstream.batched(handles, kind: "product:handle", route: .productsByHandles, request: { WireBodies.Handles(handles: $0) },
                                   answer: WireBodies.Products.self) { $0.products.map { ($0.handle, $0.model) } }
    }

    public func variants(ids: [Int64]) async throws -> [Int64: ProductVariant] {
        try await upstream.batched(ids, kind: "variant:id", route: .variantsByIDs, request: { WireBodies.IDs(ids: $0) },
                                   answer: WireBodies.Variants.self) { $0.variants.map { ($0.id, $0.model) } }
    }

    public func collections(ids: [Int64]) async throws -> [Int64: Collection] {
        try await upstream.batched(ids, kind: "collection:id", route: .collectionsByIDs, request: { WireBodies.IDs(ids: $0) },
                                   answer: WireBodies.Collections.self) { $0.collections.map { ($0.id, $0.model) } }
    }

    public func collections(handles: [String]) async throws -> [String: Collection] {
        try await upstream.batched(handles, kind: "collection:handle", route: .collectionsByHandles,
                                   request: { WireBodies.Handles(handles: $0) },
                                   answer: WireBodies.Collections.self) { $0.collections.map { ($0.handle, $0.model) } }
    }

    public func searchProducts(_ search: ProductSearch) async throws -> SearchPage<Product> {
        try await upstream.whole(.searchProducts, WireProductSearch(search), as: WireSearchPage<WireProduct>.self).model(\.model)
    }

    public func countProducts(_ filter: ProductFilter) async throws -> Int {
        try await upstream.whole(.countProducts, WireBodies.CountProducts(filter: WireFilter(filter)), as: WireBodies.Count.self).count
    }

    public func searchCollections(_ search: CollectionSearch) async throws -> SearchPage<Collection> {
        try await upstream.whole(.searchCollections, WireCollectionSearch(search), as: WireSearchPage<WireCollection>.self).model(\.model)
    }

    public func countCollections(terms: [String]) async throws -> Int {
        try await upstream.whole(.countCollections, WireBodies.CountCollections(terms: terms), as: WireBodies.Count.self).count
    }
}
