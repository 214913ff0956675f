import Commerce
import Foundation

/// A catalog served by another service over the upstream contract (`docs/upstream-contract.md`):
/// the `http` backend kind. Reads only: every write throws `UpstreamReadOnlyError` (write to the
/// service that owns the catalog). Calls go through the service's shared `Upstream`: pooled
/// keep-alive connections, the request's deadline, one retry within budget, the circuit breaker,
/// and the stale-if-error cache. Every catalog read sends its `CatalogContext` (`context` in the
/// request body) and keys its batches and cached entities by it, so two channels never share an answer.
public final class HTTPCatalogBackend: CatalogBackend {
    /// The service.
    public let upstream: Upstream

    /// A backend over an upstream.
    public init(upstream: Upstream) { self.upstream = upstream }

    public func channels() async throws -> [Channel] {
        try await upstream.whole(.channels, WireBodies.CountPages(includeDrafts: false), as: WireBodies.Channels.self).channels
    }

    public func products(ids: [Int64], in context: CatalogContext) async throws -> [Int64: Product] {
        let wire = WireContext(context)
        return try await upstream.batched(ids, kind: "product:id@" + WireContext.key(context), route: .productsByIDs,
                                          request: { WireBodies.IDs(ids: $0, context: wire) },
                                          answer: WireBodies.Products.self) { $0.products.map { ($0.id, $0.model) } }
    }

    public func products(handles: [String], in context: CatalogContext) async throws -> [String: Product] {
        let wire = WireContext(context)
        return try await upstream.batched(handles, kind: "product:handle@" + WireContext.key(context), route: .productsByHandles,
                                          request: { WireBodies.Handles(handles: $0, context: wire) },
                                          answer: WireBodies.Products.self) { $0.products.map { ($0.handle, $0.model) } }
    }

    public func variants(ids: [Int64], in context: CatalogContext) async throws -> [Int64: ProductVariant] {
        let wire = WireContext(context)
        return try await upstream.batched(ids, kind: "variant:id@" + WireContext.key(context), route: .variantsByIDs,
                                          request: { WireBodies.IDs(ids: $0, context: wire) },
                                          answer: WireBodies.Variants.self) { $0.variants.map { ($0.id, $0.model) } }
    }

    public func collections(ids: [Int64], in context: CatalogContext) async throws -> [Int64: Collection] {
        let wire = WireContext(context)
        return try await upstream.batched(ids, kind: "collection:id@" + WireContext.key(context), route: .collectionsByIDs,
                                          request: { WireBodies.IDs(ids: $0, context: wire) },
                                          answer: WireBodies.Collections.self) { $0.collections.map { ($0.id, $0.model) } }
    }

    public func collections(handles: [String], in context: CatalogContext) async throws -> [String: Collection] {
        let wire = WireContext(context)
        return try await upstream.batched(handles, kind: "collection:handle@" + WireContext.key(context), route: .collectionsByHandles,
                                          request: { WireBodies.Handles(handles: $0, context: wire) },
                                          answer: WireBodies.Collections.self) { $0.collections.map { ($0.handle, $0.model) } }
    }

    public func searchProducts(_ search: ProductSearch, in context: CatalogContext) async throws -> SearchPage<Product> {
        try await upstream.whole(.searchProducts, WireProductSearch(search, in: context), as: WireSearchPage<WireProduct>.self).model(\.model)
    }

    public func countProducts(_ filter: ProductFilter, in context: CatalogContext) async throws -> Int {
        try await upstream.whole(.countProducts, WireBodies.CountProducts(filter: WireFilter(filter), context: WireContext(context)),
                                 as: WireBodies.Count.self).count
    }

    public func searchCollections(_ search: CollectionSearch, in context: CatalogContext) async throws -> SearchPage<Collection> {
        try await upstream.whole(.searchCollections, WireCollectionSearch(search, in: context),
                                 as: WireSearchPage<WireCollection>.self).model(\.model)
    }

    public func countCollections(terms: [String], in context: CatalogContext) async throws -> Int {
        try await upstream.whole(.countCollections, WireBodies.CountCollections(terms: terms, context: WireContext(context)),
                                 as: WireBodies.Count.self).count
    }
}
