/// Whether a channel has rows of its own, which decides the shape of a search's statement: a
/// channel with no listings lists exactly the products in its currency (no join on listings), and
/// one with no prices orders PRICE by the products' own `min_price` (no lookup per product).
struct SQLiteChannelFacts: Sendable, Hashable {
    /// Whether any product has a listing in the channel.
    var hasListings: Bool
    /// Whether any variant has a price in the channel.
    var hasPrices: Bool
}
