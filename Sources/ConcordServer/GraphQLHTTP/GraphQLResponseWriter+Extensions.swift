import Commerce
import GraphQLCore

// The `extensions` entry of an answer's JSON object: `stale` (the entities served from an
// upstream's cache) and Shopify's `cost`, in one object when both are there.
extension GraphQLResponseWriter {
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

    /// Adds `"extensions":{"cost":{…}}` to an answer's JSON object, in Shopify's shape.
    static func attachCost(to answer: inout GraphQLAnswer, requested: Int, actual: Int, status: ThrottleStatus) {
        var body = answer.response.body
        guard body.last == UInt8(ascii: "}") else { return }
        body.removeLast()
        // Into the `extensions` object already there (`stale`), or a new one.
        if answer.carriesExtensions { body.removeLast() }
        var writer = JSONWriter(capacity: 192)
        writer.writeRaw(answer.carriesExtensions ? ",\"cost\":{\"requestedQueryCost\":" : ",\"extensions\":{\"cost\":{\"requestedQueryCost\":")
        writer.writeInt(requested)
        writer.writeRaw(",\"actualQueryCost\":")
        writer.writeInt(actual)
        writer.writeRaw(",\"throttleStatus\":{\"maximumAvailable\":")
        writer.writeInt(status.maximumAvailable)
        writer.writeRaw(",\"currentlyAvailable\":")
        writer.writeInt(status.currentlyAvailable)
        writer.writeRaw(",\"restoreRate\":")
        writer.writeDouble(status.restoreRate)
        writer.writeRaw("}}}}")
        body.append(contentsOf: writer.bytes)
        answer.response.body = body
        answer.carriesCost = true
        answer.carriesExtensions = true
    }
}
