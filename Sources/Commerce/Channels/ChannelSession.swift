import Foundation
import Synchronization

/// A request's channels: the ones its token may use (home first), the context the request was
/// resolved to before execution, and where a cart move took the answer since. The server makes one
/// per request and hands it to the `Storefront`; it reads `answered` after execution to echo it.
public final class ChannelSession: Sendable {
    /// The token's channels, its home channel first.
    public let allowed: [Channel]
    /// The context resolved before execution (`@inContext` within `allowed`).
    public let requested: StorefrontContext
    /// Where variant prices per channel come from; nil reads them from the catalog
    /// (`Storefront.variantPrices(_:in:)`).
    public let prices: (any ChannelPriceSource)?
    private let moved = Mutex<StorefrontContext?>(nil)

    /// Creates a session.
    public init(allowed: [Channel], requested: StorefrontContext, prices: (any ChannelPriceSource)? = nil) {
        self.allowed = allowed
        self.requested = requested
        self.prices = prices
    }

    /// The context the answer is in: `requested`, or the one a cart moved to.
    public var answered: StorefrontContext { moved.withLock { $0 } ?? requested }

    /// Records that a cart of this request moved to `context` (`cartBuyerIdentityUpdate`).
    public func record(moveTo context: StorefrontContext) {
        moved.withLock { $0 = context }
    }

    /// The first allowed channel, home first, that sells to `country`.
    public func channel(sellingTo country: String) -> Channel? {
        allowed.first { $0.countries.contains { $0.caseInsensitiveCompare(country) == .orderedSame } }
    }
}
