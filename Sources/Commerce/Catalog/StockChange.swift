/// Whether a change of one variant's stock may happen (`CatalogRules.stockChange(current:delta:maximum:)`).
public enum StockChange: Sendable, Hashable {
    /// The change is allowed; the stock becomes this many units.
    case allowed(Int)
    /// The change is refused, for this reason (`.insufficient` or `.overMaximum`).
    case refused(InventoryAdjustment)
}
