/// The parts of the backend contract the kit's cases are grouped by.
public enum BackendKitGroup: String, Sendable, Hashable, CaseIterable {
    /// Reads by id and handle, catalog writes, inventory.
    case catalog
    /// Filters, sort keys, relevance, cursors and counts.
    case search
    /// Pages in locales, drafts, publication, modules.
    case content
    /// The cart backend's life cycle, discount codes and orders.
    case carts
    /// Checkout through the `Storefront` service: stock taken, order made.
    case checkout
    /// Concurrent cart changes and checkouts.
    case concurrency
    /// Channels: prices, stock per location, listings, translations, takes and caches per context.
    case channels
}
