import Commerce
import GraphQLCore

extension GraphQLHTTPHandler {
    /// Adds `"extensions":{"stale":[{"path":…,"ageSeconds":…,"service":…}]}` to an answer's JSON object:
    /// the entities an upstream could not answer for and that were served from its cache.
    static func attachStale(_ stale: [StaleReport.Entry], to body: inout [UInt8]) {
        guard body.last == UInt8(ascii: "}") else { return }
        body.removeLast()
        let items: [JSON] = stale.map { entry in
            .object(["path": entry.path.map { path in .array(path.map { component -> JSON in
                        switch component {
                        case .key(let key): return .string(key)
                        case .index(let index): return .int(index)
                        }
                     }) } ?? .null,
                     "ageSeconds": .int(entry.ageSeconds), "service": .string(entry.service)])
        }
        var writer = JSONWriter(capacity: 64 * stale.count + 32)
        writer.writeRaw(",\"extensions\":{\"stale\":")
        writer.write(.array(items))
        writer.writeRaw("}}")
        body.append(contentsOf: writer.bytes)
    }
}
