import Foundation

/// Finishes checkouts that stopped half way (a crash between locking the cart, taking the stock and
/// recording the order), so no cart stays locked and no stock stays taken without an order. It works
/// from the catalog's record of stock taken per cart, so it is right whether catalog and carts share
/// a database or not: a reservation whose cart is completed is settled; one whose cart is still
/// locked since before the cutoff, reopened, or gone (an in-memory cart backend restarted; only
/// when the stock was taken before the cutoff) is given back and its cart reopened; a cart locked
/// since before the cutoff with no reservation is reopened. A checkout in progress in another
/// process on the same database is younger than the cutoff and is left alone.
public struct CheckoutRecovery: Sendable {
    /// What one run did.
    public struct Report: Sendable, Hashable {
        /// Carts reopened.
        public var reopenedCarts = 0
        /// Reservations whose stock was given back.
        public var returnedReservations = 0
        /// Reservations of completed carts, forgotten.
        public var settledReservations = 0
    }

    /// The backends.
    public let backends: CommerceBackends

    /// Creates a recovery over the store's backends.
    public init(backends: CommerceBackends) { self.backends = backends }

    /// Recovers what was left before `cutoff` (at start: a minute ago, far longer than a checkout takes).
    public func run(before cutoff: Date) async throws -> Report {
        var report = Report()
        let catalog = backends.catalog, carts = backends.carts
        let stale = Set(try await carts.checkoutsInProgress(startedBefore: cutoff))
        let reservations = try await catalog.inventoryReservations(before: .distantFuture)
        let old = Set(try await catalog.inventoryReservations(before: cutoff))
        let held = reservations.isEmpty ? [:] : try await carts.carts(ids: reservations)
        for reservation in reservations {
            switch held[reservation]?.status {
            case .COMPLETED?:
                // The order was recorded: the stock is its own.
                try await catalog.settleInventory(reservation: reservation)
                report.settledReservations += 1
            case .CHECKING_OUT?:
                // Stopped between taking the stock and the order, unless it is still going on.
                guard stale.contains(reservation) else { continue }
                if try await catalog.returnInventory(reservation: reservation) { report.returnedReservations += 1 }
                try await carts.abortCheckout(cartID: reservation)
                report.reopenedCarts += 1
            case .OPEN?:
                // A checkout already given up on, whose stock could not be given back then.
                if try await catalog.returnInventory(reservation: reservation) { report.returnedReservations += 1 }
            case nil:
                // The cart is gone (an in-memory cart backend restarted) or lives in another process.
                guard old.contains(reservation) else { continue }
                if try await catalog.returnInventory(reservation: reservation) { report.returnedReservations += 1 }
            }
        }
        // Locked carts whose stock was never taken.
        for cart in stale.sorted() where !reservations.contains(cart) {
            try await carts.abortCheckout(cartID: cart)
            report.reopenedCarts += 1
        }
        return report
    }
}
