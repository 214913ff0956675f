/// A cost bucket's state as Shopify reports it in `extensions.cost.throttleStatus`.
public struct ThrottleStatus: Sendable, Equatable {
    /// The bucket's size.
    public var maximumAvailable: Int
    /// The points available now (whole points, rounded down).
    public var currentlyAvailable: Int
    /// Points restored each second.
    public var restoreRate: Double

    /// Creates a status.
    public init(maximumAvailable: Int, currentlyAvailable: Int, restoreRate: Double) {
        self.maximumAvailable = maximumAvailable
        self.currentlyAvailable = currentlyAvailable
        self.restoreRate = restoreRate
    }
}
