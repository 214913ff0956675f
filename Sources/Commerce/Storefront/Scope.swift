/// A permission a caller's token carries: the one declaration of the scopes, checked by the
/// Storefront's root fields (a field outside the caller's scopes fails with `FORBIDDEN`).
/// The server's token configuration names them by their raw values.
public enum Scope: String, Sendable, Hashable, CaseIterable {
    /// Reading the catalog: `product`, `products`, `collection`, `collections`, and `node`/`nodes`
    /// for products, variants and collections.
    case catalogRead = "catalog:read"
    /// `productUpsert`.
    case catalogWrite = "catalog:write"
    /// `inventoryAdjust`.
    case inventoryWrite = "inventory:write"
    /// Reading published content: `page`, `pages`, `localization`, and `node`/`nodes` for pages and modules.
    case contentRead = "content:read"
    /// Reading draft pages too (`content:write` implies it).
    case contentPreview = "content:preview"
    /// `pageUpsert`, `pagePublish`, `contentModuleUpsert`.
    case contentWrite = "content:write"
    /// `cart`, every cart mutation and `cartCheckout`, and `node`/`nodes` for carts, lines and orders.
    case carts = "carts"
    /// `webhookDeliveries` and `webhookRedeliver`.
    case webhooks = "webhooks"

    /// What a storefront's public token may do when its configuration names no scopes.
    public static let storefrontDefaults: Set<Scope> = [.catalogRead, .contentRead, .carts]
}
