import Foundation

/// The commerce API for one request: every query and mutation of `schema.graphql` as a Swift
/// method over the configured backends, with the request's batch loaders and the caller's scopes.
/// The GraphQL resolvers are thin bindings onto it; tests call it directly too.
public final class Storefront: Sendable {
    /// The backends.
    public let backends: CommerceBackends
    /// Store-wide rules.
    public let settings: StoreSettings
    /// The caller's scopes.
    public let scopes: Set<Scope>
    /// Products by id, batched per request.
    public let products: BatchLoader<Int64, Product>
    /// Variants by id, batched per request.
    public let variants: BatchLoader<Int64, ProductVariant>
    /// Collections by id, batched per request.
    public let collections: BatchLoader<Int64, Collection>
    /// The clock (tests fix it).
    public let now: @Sendable () -> Date
    /// Told each time a write that public answers may show has committed (a product, stock, content,
    /// or the stock a checkout takes); the server's response cache is emptied only then.
    public let recordPublicWrite: @Sendable () -> Void
    /// The request's channels (its token's, the resolved context, a cart move), or nil for a caller
    /// without channels (library use): its carts are in the default channel, priced in `settings.currency`.
    public let session: ChannelSession?

    /// Creates the API for one request.
    public init(backends: CommerceBackends, settings: StoreSettings = StoreSettings(), scopes: Set<Scope> = [],
                now: @escaping @Sendable () -> Date = { Date() }, recordPublicWrite: @escaping @Sendable () -> Void = {},
                session: ChannelSession? = nil) {
        self.backends = backends
        self.session = session
        self.recordPublicWrite = recordPublicWrite
        self.settings = settings
        self.scopes = scopes
        self.now = now
        let catalog = backends.catalog
        products = BatchLoader { try await catalog.products(ids: $0) }
        variants = BatchLoader { try await catalog.variants(ids: $0) }
        collections = BatchLoader { try await catalog.collections(ids: $0) }
    }

    /// Whether the caller may see draft content.
    public var canPreviewContent: Bool {
        scopes.contains(.contentPreview) || scopes.contains(.contentWrite)
    }

    /// Throws `accessDenied` (`FORBIDDEN`) unless the caller has `scope`.
    func require(_ scope: Scope, for field: String) throws(CommerceError) {
        guard scopes.contains(scope) else {
            throw .accessDenied("\(field) needs the \(scope.rawValue) scope.")
        }
    }

    /// Puts products just read by a search into the request's loaders, so fields under them need no call.
    func remember(_ products: [Product]) async {
        var productsByID: [Int64: Product] = [:], variantsByID: [Int64: ProductVariant] = [:]
        productsByID.reserveCapacity(products.count)
        for product in products {
            productsByID[product.id] = product
            for variant in product.variants { variantsByID[variant.id] = variant }
        }
        await self.products.prime(productsByID)
        await variants.prime(variantsByID)
    }
}

/// Runs a backend call, turning anything but a `CommerceError` into `.backend`.
package func backendCall<T>(_ body: () async throws -> T) async throws(CommerceError) -> T {
    do {
        return try await body()
    } catch let error as CommerceError {
        throw error
    } catch {
        throw CommerceError(backendFailure: error)
    }
}
