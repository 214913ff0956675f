import GraphQLCore

/// The handler's side of the response cache: which requests it may answer (their keys), the
/// lookups and flights before execution (one execution per missing answer), storing answers
/// after it, the `max-age` and ETag of answers shared with browsers and CDNs, and dropping every
/// answer after a mutation's public writes. Without a cache, nothing is looked up or stored.
struct ResponseCacheCoordinator: Sendable {
    /// The cache, when enabled.
    let cache: ResponseCache?

    /// How a public GET answer may be shared: for `maxAge` seconds, revalidated by `etag`.
    struct Sharing: Sendable {
        let maxAge: Int
        let etag: String
    }

    /// What to do before executing a request with a key.
    enum Lookup {
        /// The cache has a valid answer.
        case answered(ResponseCache.Entry)
        /// Execute (as the flight's leader, or without a flight).
        case execute
        /// Another request is executing the same: wait for its answer (`awaitLeader`).
        case wait
    }

    /// The current generation, read before executing.
    var generation: UInt64 { cache?.generation ?? 0 }

    /// The key of a request the cache may answer: a query, with a cache, from a token without a cost
    /// bucket (whose every answer reports its own cost); nil otherwise.
    func key<Document>(for read: ReadRequest<Document>) -> ResponseCache.Key? {
        guard read.type == .query, cache != nil, read.context.costBucket == nil else { return nil }
        return Self.key(read.text, read.parameters, read.context)
    }

    /// The response cache's key: the document, the operation, the variables, the caller's rights and
    /// the request's context; none (the answer is not kept) for a request without a context.
    private static func key(_ text: String, _ parameters: GraphQLParameters, _ context: RequestContext) -> ResponseCache.Key? {
        guard let session = context.channelSession else { return nil }
        var variables = JSONWriter(capacity: 64)
        if let values = parameters.variables { variables.write(.object(values)) }
        var extensions = JSONWriter(capacity: 0)
        if var values = parameters.extensions {
            values["persistedQuery"] = nil
            if !values.isEmpty { extensions.write(.object(values)) }
        }
        return ResponseCache.Key(text: text, operationName: parameters.operationName, variables: variables.bytes,
                                 extensions: extensions.bytes, tokenKind: context.tokenKind, scopes: context.scopes.map(\.rawValue).sorted(),
                                 context: ContextKey(session.requested))
    }

    /// The stored answer for `key`, or the ticket's role in the flight for it: the leader executes,
    /// a follower waits.
    func lookUp(_ key: ResponseCache.Key, ticket: ResponseCache.Ticket) -> Lookup {
        guard let cache else { return .execute }
        if let entry = cache.answer(for: key) { return .answered(entry) }
        guard cache.claim(key) else {
            ticket.role = .follower
            return .wait
        }
        ticket.role = .leader
        return .execute
    }

    /// A follower's answer once its leader landed; nil (and no longer a follower: it executes
    /// itself) when the leader's answer could not be stored, or for a request that is no follower.
    func awaitLeader(_ key: ResponseCache.Key, ticket: ResponseCache.Ticket) async -> ResponseCache.Entry? {
        guard ticket.role == .follower, let cache else { return nil }
        if let entry = await cache.wait(for: key) { return entry }
        ticket.role = .undecided
        return nil
    }

    /// Stores an executed answer when it may be (public, no error, nothing stale) and returns how
    /// a GET may share it (its ETag made with the answer's `context`); nil when it must not be
    /// shared, or has no context to be tagged with.
    func store(_ body: [UInt8], policy: CachePolicy, clean: Bool, key: ResponseCache.Key?, context: ContextKey?, generation: UInt64,
               isGet: Bool) -> (stored: ResponseCache.Entry?, sharing: Sharing?) {
        guard clean else { return (nil, nil) }
        let stored = key.flatMap { cache?.store(body, policy: policy, generation: generation, for: $0) }
        guard isGet, case .public(let maxAge) = policy, let context else { return (stored, nil) }
        return (stored, Sharing(maxAge: maxAge, etag: stored?.etag ?? ETag.weak(of: body, in: context)))
    }

    /// How a GET may share a stored answer; nil for any other method.
    func sharing(_ entry: ResponseCache.Entry, isGet: Bool) -> Sharing? {
        isGet ? Sharing(maxAge: entry.maxAge, etag: entry.etag) : nil
    }

    /// Ends a leader's flight, handing its stored answer (or nil) to the followers.
    func land(_ key: ResponseCache.Key?, ticket: ResponseCache.Ticket, with entry: ResponseCache.Entry?) {
        guard ticket.role == .leader, let key else { return }
        cache?.land(key, with: entry)
    }

    /// After a mutation: drops every stored answer when `wrotePublicData` (asked only with a cache).
    func invalidate(after type: OperationType, wrotePublicData: () -> Bool) {
        guard type == .mutation, let cache, wrotePublicData() else { return }
        cache.invalidate()
    }
}
