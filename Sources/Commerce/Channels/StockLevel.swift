/// The units of one variant held at one stock location (a warehouse, a store). A channel's
/// available quantity of a variant is the sum over the channel's `stockLocations`.
public struct StockLevel: Sendable, Hashable, Codable {
    /// The variant's id.
    public var variantID: Int64
    /// The location's code, such as `warehouse` or `berlin-store`.
    public var location: String
    /// Units at the location, never below zero.
    public var quantity: Int

    /// Creates a stock level.
    public init(variantID: Int64, location: String, quantity: Int) {
        self.variantID = variantID
        self.location = location
        self.quantity = quantity
    }

    /// The location a product write's `inventoryQuantity` sets, and where a catalog written before
    /// channels existed keeps its stock.
    public static let defaultLocation = "warehouse"
}
