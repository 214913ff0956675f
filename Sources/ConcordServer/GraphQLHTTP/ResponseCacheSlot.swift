import Synchronization

/// A response cache filled in later: change feeds are subscribed before the application (which makes
/// the cache, and needs the feeds for its readiness) exists, and drop whatever cache it holds by then.
final class ResponseCacheSlot: Sendable {
    private let cache = Mutex<ResponseCache?>(nil)

    /// Puts `cache` in the slot.
    func fill(_ cache: ResponseCache?) {
        self.cache.withLock { $0 = cache }
    }

    /// Makes every answer of the cache in the slot stale (nothing while it is empty).
    func invalidate() {
        cache.withLock { $0 }?.invalidate()
    }
}
