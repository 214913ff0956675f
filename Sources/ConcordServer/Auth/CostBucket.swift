import Synchronization

/// A token's query cost bucket: a query takes its requested cost before it executes (or is
/// throttled when the bucket holds less), and the difference between requested and actual cost
/// is given back once it has.
public final class CostBucket: Sendable {
    /// The bucket's size and restore rate.
    public let rate: CostRate
    private let state: Mutex<(points: Double, updated: Double)>
    private let clock: @Sendable () -> Double

    /// Creates a full bucket; `clock` returns seconds (monotonic), replaceable in tests.
    public init(rate: CostRate, clock: @escaping @Sendable () -> Double = TokenBucket.monotonicSeconds) {
        self.rate = rate
        self.clock = clock
        state = Mutex((points: Double(rate.bucketSize), updated: clock()))
    }

    /// Takes `cost` points: the status after taking them, or, when fewer are available, the
    /// seconds until they will be (and the status, unchanged).
    public func take(_ cost: Int) -> Result<ThrottleStatus, Throttled> {
        state.withLock { s in
            refill(&s)
            let wanted = Double(cost)
            guard s.points >= wanted else {
                let seconds = rate.restoreRate > 0 ? (wanted - s.points) / rate.restoreRate : .infinity
                return .failure(Throttled(seconds: seconds, status: status(s)))
            }
            s.points -= wanted
            return .success(status(s))
        }
    }

    /// Gives back `points` (never past the bucket's size); returns the status after.
    @discardableResult
    public func refund(_ points: Int) -> ThrottleStatus {
        state.withLock { s in
            refill(&s)
            s.points = min(Double(rate.bucketSize), s.points + Double(max(0, points)))
            return status(s)
        }
    }

    /// The status now.
    public var status: ThrottleStatus {
        state.withLock { s in
            refill(&s)
            return status(s)
        }
    }

    private func refill(_ s: inout (points: Double, updated: Double)) {
        let now = clock()
        s.points = min(Double(rate.bucketSize), s.points + max(0, now - s.updated) * rate.restoreRate)
        s.updated = now
    }

    private func status(_ s: (points: Double, updated: Double)) -> ThrottleStatus {
        ThrottleStatus(maximumAvailable: rate.bucketSize, currentlyAvailable: Int(s.points.rounded(.down)), restoreRate: rate.restoreRate)
    }

    /// A query the bucket cannot pay for yet.
    public struct Throttled: Error, Sendable {
        /// Seconds until the bucket holds the query's cost.
        public var seconds: Double
        /// The bucket's status.
        public var status: ThrottleStatus
    }
}
