/// The calls of the upstream contract: each is `POST` of a JSON body to its path under the
/// upstream's URL, answered with a JSON body. Every one is a read, so every one is idempotent.
public enum UpstreamRoute: String, Sendable, CaseIterable {
    case productsByIDs = "/v1/catalog/products/by-ids"
    case productsByHandles = "/v1/catalog/products/by-handles"
    case variantsByIDs = "/v1/catalog/variants/by-ids"
    case collectionsByIDs = "/v1/catalog/collections/by-ids"
    case collectionsByHandles = "/v1/catalog/collections/by-handles"
    case searchProducts = "/v1/catalog/products/search"
    case countProducts = "/v1/catalog/products/count"
    case searchCollections = "/v1/catalog/collections/search"
    case countCollections = "/v1/catalog/collections/count"
    case titleLocales = "/v1/content/title-locales"
    case pagesByIDs = "/v1/content/pages/by-ids"
    case pagesByHandles = "/v1/content/pages/by-handles"
    case listPages = "/v1/content/pages/list"
    case countPages = "/v1/content/pages/count"

    /// The most keys one batched read may carry.
    public static let maxKeys = 1_000
}
