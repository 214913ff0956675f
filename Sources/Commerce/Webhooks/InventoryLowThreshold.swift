import Foundation
import Synchronization

/// The `inventory/low` threshold a catalog backend checks its stock takes against: nil (the default)
/// writes no event; the server sets it while an endpoint subscribes to `inventory/low`. A take that
/// brings a variant's stock from above the threshold to it or below writes the event in the take's
/// transaction.
public final class InventoryLowThreshold: Sendable {
    private let value = Mutex<Int?>(nil)

    /// No threshold.
    public init() {}

    /// The threshold in units, or nil.
    public var units: Int? { value.withLock { $0 } }

    /// Sets the threshold (nil: no events).
    public func set(_ units: Int?) { value.withLock { $0 = units } }

    /// The event for a take of the variant's stock from `before` to `after` units, when it crosses
    /// the threshold; nil otherwise.
    public func event(variantID: Int64, productID: Int64, before: Int, after: Int, at time: Date) -> WebhookEvent? {
        guard let threshold = units, before > threshold, after <= threshold else { return nil }
        let id = GlobalID(type: "ProductVariant", id: variantID).encoded
        let data = WebhookEvent.json(["variantId": id, "productId": GlobalID(type: "Product", id: productID).encoded,
                                      "quantityAvailable": after, "threshold": threshold])
        return WebhookEvent(aggregate: id, topic: .inventoryLow, data: data, createdAt: time)
    }
}

/// A catalog backend that writes `inventory/low` events with its stock takes.
public protocol InventoryLowEvents: Sendable {
    /// Its threshold.
    var inventoryLowThreshold: InventoryLowThreshold { get }
}
