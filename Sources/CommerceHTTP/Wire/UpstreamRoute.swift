/// The calls of the upstream contract: each is `POST` of a JSON body to its path under the
/// upstream's URL, answered with a JSON body. Every one is a read, so every one is idempotent.
public enum UpstreamRoute: String, Sendable, CaseIterable {
    /// Products by id: `ids-request` to `products-answer`.
    case productsByIDs = "/v1/catalog/products/by-ids"
    /// Products by handle: `handles-request` to `products-answer`.
    case productsByHandles = "/v1/catalog/products/by-handles"
    /// Variants by id: `ids-request` to `variants-answer`.
    case variantsByIDs = "/v1/catalog/variants/by-ids"
    /// Collections by id: `ids-request` to `collections-answer`.
    case collectionsByIDs = "/v1/catalog/collections/by-ids"
    /// Collections by handle: `handles-request` to `collections-answer`.
    case collectionsByHandles = "/v1/catalog/collections/by-handles"
    /// A window of a product search: `product-search-request` to `product-window-answer`.
    case searchProducts = "/v1/catalog/products/search"
    /// A product count: `product-count-request` to `count-answer`.
    case countProducts = "/v1/catalog/products/count"
    /// A window of a collection search: `collection-search-request` to `collection-window-answer`.
    case searchCollections = "/v1/catalog/collections/search"
    /// A collection count: `collection-count-request` to `count-answer`.
    case countCollections = "/v1/catalog/collections/count"
    /// The catalog's channels: any body to `channels-answer`.
    case channels = "/v1/catalog/channels"
    /// The locales of page titles: any body to `locales-answer`.
    case titleLocales = "/v1/content/title-locales"
    /// Pages by id, drafts included: `ids-request` to `pages-answer`.
    case pagesByIDs = "/v1/content/pages/by-ids"
    /// Pages by handle: `handles-request` to `pages-answer`.
    case pagesByHandles = "/v1/content/pages/by-handles"
    /// A window of pages by handle: `page-list-request` to `page-window-answer`.
    case listPages = "/v1/content/pages/list"
    /// A page count: `page-count-request` to `count-answer`.
    case countPages = "/v1/content/pages/count"

    /// The most keys one batched read may carry.
    public static let maxKeys = 1_000
}
