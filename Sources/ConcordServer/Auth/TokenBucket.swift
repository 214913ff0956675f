import Dispatch
import Synchronization

/// A token bucket: each request takes one token; tokens refill at a steady rate up to a burst.
public final class TokenBucket: Sendable {
    private let rate: RateLimit
    private let state: Mutex<(tokens: Double, updated: Double)>
    private let clock: @Sendable () -> Double

    /// Creates a full bucket; `clock` returns seconds (monotonic), replaceable in tests.
    public init(rate: RateLimit, clock: @escaping @Sendable () -> Double = TokenBucket.monotonicSeconds) {
        self.rate = rate
        self.clock = clock
        state = Mutex((tokens: rate.burst, updated: clock()))
    }

    /// Takes a token: nil when allowed, otherwise the seconds to wait before one is available.
    public func take() -> Double? {
        let now = clock()
        return state.withLock { s in
            s.tokens = min(rate.burst, s.tokens + (now - s.updated) * rate.perSecond)
            s.updated = now
            if s.tokens >= 1 {
                s.tokens -= 1
                return nil
            }
            return rate.perSecond > 0 ? (1 - s.tokens) / rate.perSecond : .infinity
        }
    }

    /// Monotonic seconds.
    @Sendable public static func monotonicSeconds() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1_000_000_000
    }
}
