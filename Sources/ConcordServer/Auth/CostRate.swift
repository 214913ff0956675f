/// A partner token's query cost budget (Shopify's leaky bucket): a bucket of `bucketSize` cost
/// points that refills at `restoreRate` points a second; each query takes its requested cost up
/// front and gets back what it did not use.
public struct CostRate: Sendable, Equatable {
    /// The most points the bucket holds (also the most one query may request).
    public var bucketSize: Int
    /// Points restored each second.
    public var restoreRate: Double

    /// Creates a rate.
    public init(bucketSize: Int, restoreRate: Double) {
        self.bucketSize = bucketSize
        self.restoreRate = restoreRate
    }
}
