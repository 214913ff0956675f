import Foundation

/// A store that writes webhook events to an outbox in the transaction of the write that caused them
/// (a rolled-back write leaves none, a committed one always has its event) and keeps each event's
/// deliveries to the configured endpoints. The dispatcher drives it: `fanOut` turns new events into
/// deliveries, `claim` hands out the ones due, `record` stores what an attempt came to.
public protocol WebhookOutbox: Sendable {
    /// Names the tables the outbox lives in: two backends with one identity (two domains in one
    /// SQLite file) share one outbox, and one dispatcher serves them.
    var outboxIdentity: String { get }
    /// Turns up to `limit` events not yet fanned out into one PENDING delivery, due at `time`, per
    /// endpoint of `subscriptions` (URL → topics) subscribed to the event's topic, in event order,
    /// and marks them fanned out; returns how many events it took. Several servers may call it at once.
    /// A disabled endpoint gets its deliveries too: they wait, PENDING, until it is enabled again.
    func fanOut(subscriptions: [String: Set<String>], limit: Int, at time: Date) async throws -> Int
    /// Up to `limit` PENDING deliveries to `endpoint` (when it is enabled) due at `time`, oldest event
    /// first, none of whose aggregate has an earlier PENDING delivery to it; each is leased until
    /// `leaseUntil` (its next attempt moved there), so no other caller claims it meanwhile.
    func claimDeliveries(endpoint: String, limit: Int, at time: Date, leaseUntil: Date) async throws -> [WebhookDelivery]
    /// Records an attempt at delivery `id` (one more attempt).
    func record(_ attempt: WebhookAttempt, deliveryID id: Int64, at time: Date) async throws
    /// Deliveries, newest first, at most `limit`, of one status or all.
    func webhookDeliveries(status: WebhookDeliveryStatus?, limit: Int) async throws -> [WebhookDelivery]
    /// Makes the deliveries PENDING again, due at `time`, and enables their endpoints; returns them as saved
    /// (unknown ids are left out).
    func redeliver(ids: [Int64], at time: Date) async throws -> [WebhookDelivery]
}
