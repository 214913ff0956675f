import Commerce
import Foundation

extension Upstream {
    /// A batched read by keys. Within a GraphQL request (`RequestBatches.current`) the keys that
    /// sibling fields ask for at once join one batch; then `batch` loads it.
    func batched<Key: Hashable & Sendable, Value: Sendable, Answer: Decodable & SendableMetatype>(
        _ keys: [Key], kind: String, route: UpstreamRoute, request: @escaping @Sendable ([Key]) -> some Encodable & SendableMetatype,
        answer: Answer.Type, entries: @escaping @Sendable (Answer) -> [(Key, Value)]
    ) async throws -> [Key: Value] {
        let run: @Sendable ([Key]) async -> KeyCoalescer<Key, Value>.Outcome = { [self] keys in
            await batch(keys, kind: kind, route: route, request: request, answer: Answer.self, entries: entries)
        }
        guard let batches = RequestBatches.current else {
            return try await KeyCoalescer<Key, Value>().load(keys, service: options.service, run: run)
        }
        let coalescer = batches.value("\(options.service)@\(options.address) \(kind)") { KeyCoalescer<Key, Value>() }
        return try await coalescer.load(keys, service: options.service, run: run)
    }

    /// Loads a batch: fresh cached entities without a call, the rest in one call (per
    /// `UpstreamRoute.maxKeys`). When a call fails, stale copies stand in (reported in the request's
    /// `StaleReport`); keys with none are unresolved.
    private func batch<Key: Hashable & Sendable, Value: Sendable, Answer: Decodable>(
        _ keys: [Key], kind: String, route: UpstreamRoute, request: ([Key]) -> some Encodable, answer: Answer.Type,
        entries: (Answer) -> [(Key, Value)]
    ) async -> KeyCoalescer<Key, Value>.Outcome {
        var outcome = KeyCoalescer<Key, Value>.Outcome(values: [:], unresolved: [], failure: nil)
        var missing: [Key] = [], seen = Set<Key>()
        for key in keys where seen.insert(key).inserted {
            if let value = cache.fresh("\(kind):\(key)") as? Value { outcome.values[key] = value } else { missing.append(key) }
        }
        for start in stride(from: 0, to: missing.count, by: UpstreamRoute.maxKeys) {
            let part = Array(missing[start..<min(start + UpstreamRoute.maxKeys, missing.count)])
            do {
                let (decoded, answer) = try await decode(route, request(part), as: answer)
                for (key, value) in entries(decoded) where seen.contains(key) {
                    outcome.values[key] = value
                    cache.store("\(kind):\(key)", value, answer)
                }
            } catch {
                outcome.failure = String(describing: error)
                for key in part {
                    if let value = served("\(kind):\(key)", as: Value.self) { outcome.values[key] = value } else { outcome.unresolved.insert(key) }
                }
            }
        }
        return outcome
    }

    /// A read answered whole (a search, a count): cached by its request, served stale the same way.
    func whole<Answer: Decodable & Sendable>(_ route: UpstreamRoute, _ request: some Encodable, as type: Answer.Type) async throws -> Answer {
        let key = route.rawValue + ":" + String(decoding: try Upstream.encoder.encode(request), as: UTF8.self)
        if let value = cache.fresh(key) as? Answer { return value }
        do {
            let (decoded, answer) = try await decode(route, request, as: type)
            cache.store(key, decoded, answer)
            return decoded
        } catch let failure as UpstreamFailure {
            if let value = served(key, as: Answer.self) { return value }
            throw UpstreamUnavailableError(service: options.service, detail: failure.description)
        }
    }

    /// A stale copy, counted and reported, if one is still allowed.
    private func served<Value>(_ key: String, as type: Value.Type) -> Value? {
        guard let (value, age) = cache.stale(key), let typed = value as? Value else { return nil }
        counters.staleServed.add(1, ordering: .relaxed)
        StaleReport.current?.served(entity: key, ageSeconds: Int(age), service: options.service)
        return typed
    }
}
