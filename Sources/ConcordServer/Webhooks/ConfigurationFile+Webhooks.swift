import Commerce
import GraphQLCore

extension ConfigurationFile {
    /// `webhooks`: `[{"url": "http://…", "topics": ["orders/create"], "secret": "whsec_…"}]` (or
    /// `"secrets": [...]` during a rotation).
    static func webhookEndpoints(_ value: JSON) throws(ServerConfigurationError) -> [WebhookEndpoint] {
        guard case .array(let items) = value else { throw ServerConfigurationError("webhooks must be an array") }
        var seen: Set<String> = []
        return try items.enumerated().map { (i, item) throws(ServerConfigurationError) -> WebhookEndpoint in
            let path = "webhooks[\(i)]"
            guard case .object(let object) = item else { throw ServerConfigurationError("\(path) must be an object") }
            if let key = object.keys.first(where: { !["url", "topics", "secret", "secrets"].contains($0) }) {
                throw ServerConfigurationError("unknown key \(path).\(key)")
            }
            guard case .string(let text)? = object["url"] else { throw ServerConfigurationError("\(path).url must be a string") }
            let url: WebhookURL
            do throws(ServerConfigurationError) { url = try WebhookURL(text) } catch { throw ServerConfigurationError("\(path).url: \(error.description)") }
            guard seen.insert(url.text).inserted else { throw ServerConfigurationError("\(path).url is given twice") }
            guard case .array(let topicList)? = object["topics"], !topicList.isEmpty else {
                throw ServerConfigurationError("\(path).topics must be a non-empty array")
            }
            var topics: Set<WebhookTopic> = []
            for topic in topicList {
                guard case .string(let name) = topic, let known = WebhookTopic(rawValue: name) else {
                    throw ServerConfigurationError("\(path).topics: unknown topic (known: \(WebhookTopic.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                topics.insert(known)
            }
            var texts: [JSON] = []
            if let secret = object["secret"] { texts.append(secret) }
            if case .array(let more)? = object["secrets"] { texts += more } else if object["secrets"] != nil {
                throw ServerConfigurationError("\(path).secrets must be an array")
            }
            guard !texts.isEmpty else { throw ServerConfigurationError("\(path) needs a secret") }
            let secrets = try texts.map { (text) throws(ServerConfigurationError) -> WebhookSecret in
                guard case .string(let string) = text, let secret = WebhookSecret(string) else {
                    throw ServerConfigurationError("\(path).secret must be whsec_ followed by at least 16 bytes in base64")
                }
                return secret
            }
            return WebhookEndpoint(url: url, topics: topics, secrets: secrets)
        }
    }

    /// `webhookDelivery`: `retrySchedule` (seconds before each retry), `timeout`, `pollInterval`,
    /// `concurrency`, `inventoryLowThreshold`.
    static func webhookDelivery(_ value: JSON, into settings: inout WebhookSettings) throws(ServerConfigurationError) {
        guard case .object(let object) = value else { throw ServerConfigurationError("webhookDelivery must be an object") }
        for (key, value) in object {
            let path = "webhookDelivery." + key
            switch key {
            case "retrySchedule":
                guard case .array(let items) = value, !items.isEmpty, items.count <= 100 else {
                    throw ServerConfigurationError("\(path) must be an array of 1 to 100 numbers of seconds")
                }
                settings.retrySchedule = WebhookRetrySchedule(delays: try items.map { (item) throws(ServerConfigurationError) in try seconds(item, path) })
            case "timeout": settings.timeout = try seconds(value, path)
            case "pollInterval": settings.pollInterval = try seconds(value, path)
            case "concurrency": settings.concurrency = try int(value, path, 1...256)
            case "inventoryLowThreshold": settings.inventoryLowThreshold = try int(value, path, 0...1_000_000_000)
            default: throw ServerConfigurationError("unknown key \(path)")
            }
        }
    }
}
