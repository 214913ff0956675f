import GraphQLCore
import Synchronization

/// Answers of public queries (catalog and published content, for storefront tokens), kept in
/// the server so that the same query with the same variables is not executed again while
/// nothing has changed: the shared cache a CDN would be, inside the server.
///
/// An answer is stored only when the engine called it public (`CachePolicy.public`: no cart,
/// no drafts, a storefront or anonymous caller) and it carries no error. It is served while
/// both hold:
/// - no mutation has finished on this server since its execution began (every mutation bumps
///   a generation, after its writes committed, and an answer is stored under the generation
///   read before it executed, so an answer that raced a write is never served);
/// - it is younger than `seconds`, which bounds how long a write made elsewhere (another
///   process on the same database) can go unseen. That is never longer than the `max-age`
///   public GET answers already allow browsers and CDNs.
public final class ResponseCache: Sendable {
    /// What identifies an answer: the document, the operation, the variables, the request's
    /// extensions (but `persistedQuery`, which only names the document), the caller's rights and the
    /// request's resolved context (channel, country, language: `ContextKey`).
    struct Key: Hashable, Sendable {
        var text: String
        var operationName: String?
        var variables: [UInt8]
        var extensions: [UInt8]
        var tokenKind: TokenKind?
        var scopes: [String]
        var context: ContextKey

        /// The bytes the key holds (its texts, its context, and 64 for each scope and the key itself).
        var bytes: Int {
            text.utf8.count + (operationName?.utf8.count ?? 0) + variables.count + extensions.count + 64 * (scopes.count + 1)
                + context.bytes
        }
    }

    /// A stored answer: the response body, its weak ETag (made once, not per GET that hits)
    /// and the `max-age` it may be shared for.
    struct Entry: Sendable {
        var body: [UInt8]
        var etag: String
        var maxAge: Int
        var generation: UInt64
        var storedAt: Double
    }

    private let entries: LRUCache<Key, Entry>
    private let generationCounter = Atomic<UInt64>(0)
    private let hits = Atomic<Int>(0)
    private let misses = Atomic<Int>(0)
    /// Executions under way for a key, with the requests waiting for them.
    let flights = Mutex<[Key: [CheckedContinuation<Entry?, Never>]]>([:])
    let coalesced = Atomic<Int>(0)
    private let seconds: Double
    private let maxEntryBytes: Int
    private let clock: @Sendable () -> Double

    /// Creates a cache of at most `capacity` answers and `maxBytes` bytes (each answer counts
    /// its key's texts and variables, its body, its ETag and 128 bytes), each body at most
    /// `maxEntryBytes` long, served for at most `seconds`; a longer answer is not kept.
    public init(capacity: Int, seconds: Double, maxBytes: Int = 32 << 20, maxEntryBytes: Int = 128 << 10,
                clock: @escaping @Sendable () -> Double = { TokenBucket.monotonicSeconds() }) {
        entries = LRUCache(capacity: capacity, maxBytes: maxBytes) { key, entry in
            key.bytes + entry.body.count + entry.etag.utf8.count + 128
        }
        self.seconds = seconds
        self.maxEntryBytes = maxEntryBytes
        self.clock = clock
    }

    /// The current generation: read it before executing, store under it afterwards.
    var generation: UInt64 { generationCounter.load(ordering: .acquiring) }

    /// Makes every stored answer stale; called when a mutation has finished.
    public func invalidate() {
        generationCounter.wrappingAdd(1, ordering: .releasing)
    }

    /// The stored answer for `key`, if it is still valid.
    func answer(for key: Key) -> Entry? {
        guard let entry = entries.value(for: key), entry.generation == generation,
              clock() - entry.storedAt < seconds else {
            misses.wrappingAdd(1, ordering: .relaxed)
            return nil
        }
        hits.wrappingAdd(1, ordering: .relaxed)
        return entry
    }

    /// Stores a response body computed under `generation`, if it may be shared and is small
    /// enough; returns the entry stored.
    @discardableResult
    func store(_ body: [UInt8], policy: CachePolicy, generation: UInt64, for key: Key) -> Entry? {
        guard case .public(let maxAge) = policy, body.count <= maxEntryBytes, generation == self.generation else { return nil }
        let entry = Entry(body: body, etag: ETag.weak(of: body, in: key.context), maxAge: maxAge, generation: generation, storedAt: clock())
        entries.set(entry, for: key)
        return entry
    }

    /// Lookups that found a valid answer, and the others, since creation.
    public var statistics: (hits: Int, misses: Int) { (hits.load(ordering: .relaxed), misses.load(ordering: .relaxed)) }

    /// Answers held (valid or not).
    public var count: Int { entries.count }

    /// Bytes held, as weighed, and the budget.
    public var bytes: (used: Int, budget: Int) { (entries.bytes, entries.maxBytes) }
}
