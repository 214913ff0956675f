import Commerce
import Foundation

extension Upstream {
    /// A batched read by keys: fresh cached entities without a call, the rest in one call. When the
    /// call fails, stale copies stand in (reported in the request's `StaleReport`); keys with none make
    /// it an `UpstreamUnavailableError` that carries what was served.
    func batched<Key: Hashable & Sendable, Value: Sendable, Answer: Decodable>(
        _ keys: [Key], kind: String, route: UpstreamRoute, request: ([Key]) -> some Encodable, answer: Answer.Type,
        entries: (Answer) -> [(Key, Value)]
    ) async throws -> [Key: Value] {
        var result: [Key: Value] = [:], missing: [Key] = [], seen = Set<Key>()
        for key in keys where seen.insert(key).inserted {
            if let value = cache.fresh("\(kind):\(key)") as? Value { result[key] = value } else { missing.append(key) }
        }
        var unresolved = 0, failure: UpstreamFailure?
        // One call per `UpstreamRoute.maxKeys` keys (one call in all for any batch a request makes).
        for start in stride(from: 0, to: missing.count, by: UpstreamRoute.maxKeys) {
            let part = Array(missing[start..<min(start + UpstreamRoute.maxKeys, missing.count)])
            do {
                let (decoded, answer) = try await decode(route, request(part), as: answer)
                for (key, value) in entries(decoded) where seen.contains(key) {
                    result[key] = value
                    cache.store("\(kind):\(key)", value, answer)
                }
            } catch let error as UpstreamFailure {
                failure = error
                for key in part {
                    if let value = served("\(kind):\(key)", as: Value.self) { result[key] = value } else { unresolved += 1 }
                }
            }
        }
        guard unresolved > 0, let failure else { return result }
        throw UpstreamUnavailableError(service: options.service, detail: failure.description,
                                       partial: Dictionary(uniqueKeysWithValues: result.map { (AnyHashable($0.key), $0.value as any Sendable) }))
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
