import GraphQLCore
import HTTPServer
import Commerce

/// `concord.json`: what `concord serve --config` reads. Every key is optional.
///
///     {
///       "host": "127.0.0.1", "port": 8080,
///       "tokens": [
///         { "name": "storefront", "kind": "storefront", "sha256": "<64 hex digits>" },
///         { "name": "acme", "kind": "partner", "token": "<plain text, hashed at load>",
///           "scopes": ["catalog:read", "catalog:write"], "rateLimit": { "perSecond": 5, "burst": 20 },
///           "cost": { "bucketSize": 1000, "restoreRate": 50 } },
///         { "name": "kiosk", "kind": "storefront", "token": "…", "trustedDocumentsOnly": true, "channel": "kiosk-berlin" },
///         { "name": "web", "kind": "storefront", "token": "…", "channels": ["web-eu", "web-uk"] }
///       ],
///       "trustedDocuments": { "directory": "documents" },
///       "cors": { "allowedOrigins": ["https://shop.example"] },
///       "storefrontLimits": { "maxDepth": 12, "maxAliases": 30, "maxTokens": 2000, "maxDocumentBytes": 32768,
///                             "maxCost": 10000, "maxResponseBytes": 16777216, "timeout": 10 },
///       "partnerLimits": { "maxCost": 250000 }, "editorLimits": { "maxCost": 250000 },
///       "statusCodes": "audit",
///       "documentCacheSize": 1000, "documentCacheBytes": 67108864,
///       "persistedQueryCacheSize": 5000, "persistedQueryCacheBytes": 16777216,
///       "responseCache": { "entries": 256, "seconds": 10, "maxBytes": 33554432 },
///       "accessLogBufferBytes": 1048576,
///       "http": { "maxBodyBytes": 1048576, "maxConnections": 4096, "idleTimeout": 60,
///                 "requestReadTimeout": 20, "maxPendingOutputBytes": 1048576, "eventLoops": 2 },
///       "defaultLocale": "en",
///       "catalog": { "backend": "sqlite", "path": "concord.db" },
///       "content": { "backend": "memory" },
///       "carts":   { "backend": "sqlite", "path": "concord.db" },
///       "webhooks": [{ "url": "http://erp.internal/hooks", "topics": ["orders/create"], "secret": "whsec_…" }],
///       "webhookDelivery": { "retrySchedule": [5, 300, 1800, 7200, 18000, 36000, 36000], "timeout": 10 }
///     }
///
/// A domain (`catalog`, `content`, `carts`) without a block is on SQLite in the `--db` file.
public struct ConfigurationFile: Sendable {
    /// The application settings.
    public var app = AppConfiguration()
    /// The HTTP server settings.
    public var http = HTTPServerConfiguration(host: "127.0.0.1", port: 8080)
    /// `defaultLocale`: the locale content falls back to.
    public var defaultLocale = "en"
    /// The `catalog`, `content` and `carts` blocks the file gives, checked against the registry
    /// it was parsed with; a domain without one is on SQLite in the default database file.
    public var backendChoices: [BackendConfiguration.Domain: BackendConfiguration.Choice] = [:]
    /// `webhooks` and `webhookDelivery`: the partner endpoints and how deliveries go.
    public var webhooks = WebhookSettings()

    /// The defaults.
    public init() {}

    /// The backends to build: the blocks given, and every other domain on SQLite in the one file
    /// at `databasePath` (`--db`).
    public func backends(databasePath: String) -> BackendConfiguration {
        BackendConfiguration(defaultLocale: defaultLocale, choices: backendChoices, defaultPath: databasePath)
    }

    /// Reads a configuration from JSON text; the error names the offending key. The backend blocks
    /// are checked against `registry` (their kinds and options), so a wrong one fails here, before
    /// any store is opened.
    public static func parse(_ bytes: [UInt8], registry: BackendRegistry = .standard) throws(ServerConfigurationError) -> ConfigurationFile {
        let json: JSON
        do { json = try JSONParser.parseUntrusted(bytes) } catch { throw ServerConfigurationError("not JSON: \(error.serverDescription)") }
        guard case .object(let root) = json else { throw ServerConfigurationError("the configuration must be a JSON object") }
        var file = ConfigurationFile()
        for (key, value) in root {
            switch key {
            case "host": file.http.host = try string(value, key)
            case "port": file.http.port = try int(value, key, 0...65535)
            case "tokens":
                guard case .array(let items) = value else { throw ServerConfigurationError("tokens must be an array") }
                file.app.tokens = try items.enumerated().map { (i, item) throws(ServerConfigurationError) in try token(item, "tokens[\(i)]") }
            case "cors":
                guard case .object(let cors) = value, case .array(let origins)? = cors["allowedOrigins"] else {
                    throw ServerConfigurationError("cors must be an object with an allowedOrigins array")
                }
                file.app.cors.allowedOrigins = try origins.map { (origin) throws(ServerConfigurationError) in try string(origin, "cors.allowedOrigins") }
            case "storefrontLimits": file.app.storefrontLimits = try limits(value, key, over: file.app.storefrontLimits)
            case "partnerLimits": file.app.partnerLimits = try limits(value, key, over: file.app.partnerLimits)
            case "editorLimits": file.app.editorLimits = try limits(value, key, over: file.app.editorLimits)
            case "trustedLimits":  // partners and editors together (the older key)
                file.app.partnerLimits = try limits(value, key, over: file.app.partnerLimits)
                file.app.editorLimits = try limits(value, key, over: file.app.editorLimits)
            case "statusCodes":
                guard let rule = StatusCodeRule(rawValue: try string(value, key)) else {
                    throw ServerConfigurationError("statusCodes must be \"audit\" or \"draft\"")
                }
                file.app.statusCodes = rule
            case "requiresToken":
                guard case .bool(let flag) = value else { throw ServerConfigurationError("requiresToken must be a boolean") }
                file.app.requiresToken = flag
            case "documentCacheSize": file.app.documentCacheSize = try int(value, key, 1...10_000_000)
            case "persistedQueryCacheSize": file.app.persistedQueryCacheSize = try int(value, key, 1...10_000_000)
            case "documentCacheBytes": file.app.documentCacheBytes = try int(value, key, 1 << 16...1 << 40)
            case "persistedQueryCacheBytes": file.app.persistedQueryCacheBytes = try int(value, key, 1 << 16...1 << 40)
            case "accessLogBufferBytes": file.app.accessLogBufferBytes = try int(value, key, 65536...(1 << 30))
            case "responseCache": try responseCache(value, into: &file.app)
            case "upstreamDeadlineMs": file.app.upstreamDeadline = Double(try int(value, key, 1...60_000)) / 1000
            case "trustedDocuments":
                guard case .object(let object) = value, object.keys.allSatisfy({ $0 == "directory" }),
                      case .string(let directory)? = object["directory"], !directory.isEmpty else {
                    throw ServerConfigurationError("trustedDocuments must be an object with a directory string")
                }
                file.app.trustedDocumentsDirectory = directory
            case "http": try http(value, into: &file.http)
            case "webhooks": file.webhooks.endpoints = try webhookEndpoints(value)
            case "webhookDelivery": try webhookDelivery(value, into: &file.webhooks)
            case "defaultLocale":
                do { file.defaultLocale = try BackendConfiguration.locale(value) } catch { throw ServerConfigurationError(error.message) }
            default:
                guard let domain = BackendConfiguration.Domain(rawValue: key) else { throw ServerConfigurationError("unknown key \(key)") }
                do { file.backendChoices[domain] = try BackendConfiguration.Choice(json: value, domain: domain, registry: registry) } catch {
                    throw ServerConfigurationError(error.message)
                }
            }
        }
        return file
    }

    /// `responseCache`: `entries` (0 turns it off) and `seconds` (how long an answer is served).
    private static func responseCache(_ value: JSON, into app: inout AppConfiguration) throws(ServerConfigurationError) {
        guard case .object(let object) = value else { throw ServerConfigurationError("responseCache must be an object") }
        for (key, value) in object {
            let path = "responseCache." + key
            switch key {
            case "entries": app.responseCacheSize = try int(value, path, 0...1_000_000)
            case "seconds": app.responseCacheSeconds = try seconds(value, path)
            case "maxBytes": app.responseCacheBytes = try int(value, path, 1 << 16...1 << 40)
            default: throw ServerConfigurationError("unknown key \(path)")
            }
        }
    }

    private static func http(_ value: JSON, into http: inout HTTPServerConfiguration) throws(ServerConfigurationError) {
        guard case .object(let object) = value else { throw ServerConfigurationError("http must be an object") }
        for (key, value) in object {
            let path = "http.\(key)"
            switch key {
            case "maxBodyBytes": http.maxBodyBytes = try int(value, path, 0...(1 << 30))
            case "maxHeaderBytes": http.maxHeaderBytes = try int(value, path, 1024...(1 << 20))
            case "maxConnections": http.maxConnections = try int(value, path, 1...1_000_000)
            case "maxPendingOutputBytes": http.maxPendingOutputBytes = try int(value, path, 4096...(1 << 30))
            case "eventLoops": http.eventLoopCount = try int(value, path, 1...256)
            case "idleTimeout": http.idleTimeout = try seconds(value, path)
            case "requestReadTimeout": http.requestReadTimeout = try seconds(value, path)
            case "writeTimeout": http.writeTimeout = try seconds(value, path)
            case "shutdownGracePeriod": http.shutdownGracePeriod = try seconds(value, path)
            default: throw ServerConfigurationError("unknown key \(path)")
            }
        }
    }

    private static func token(_ value: JSON, _ path: String) throws(ServerConfigurationError) -> AccessToken {
        guard case .object(let object) = value else { throw ServerConfigurationError("\(path) must be an object") }
        let name = try string(object["name"] ?? .null, "\(path).name")
        guard let kind = TokenKind(rawValue: try string(object["kind"] ?? .null, "\(path).kind")) else {
            throw ServerConfigurationError("\(path).kind must be storefront, partner or editor")
        }
        var scopes: Set<Scope>?
        if let list = object["scopes"] {
            guard case .array(let items) = list else { throw ServerConfigurationError("\(path).scopes must be an array") }
            scopes = []
            for item in items {
                let text = try string(item, "\(path).scopes")
                guard let scope = Scope(rawValue: text) else { throw ServerConfigurationError("\(path).scopes: unknown scope \(text)") }
                scopes?.insert(scope)
            }
        }
        var rateLimit: RateLimit?
        if let limit = object["rateLimit"] {
            guard case .object(let rate) = limit else { throw ServerConfigurationError("\(path).rateLimit must be an object") }
            rateLimit = RateLimit(perSecond: try number(rate["perSecond"] ?? .null, "\(path).rateLimit.perSecond"),
                                  burst: try number(rate["burst"] ?? .null, "\(path).rateLimit.burst"))
        }
        var cost: CostRate?
        if let value = object["cost"] {
            guard kind == .partner else { throw ServerConfigurationError("\(path).cost is for partner tokens only") }
            guard case .object(let rate) = value else { throw ServerConfigurationError("\(path).cost must be an object") }
            if let key = rate.keys.first(where: { $0 != "bucketSize" && $0 != "restoreRate" }) {
                throw ServerConfigurationError("unknown key \(path).cost.\(key)")
            }
            let restoreRate = try number(rate["restoreRate"] ?? .null, "\(path).cost.restoreRate")
            guard restoreRate > 0 else { throw ServerConfigurationError("\(path).cost.restoreRate must be more than 0") }
            cost = CostRate(bucketSize: try int(rate["bucketSize"] ?? .null, "\(path).cost.bucketSize", 1...1_000_000_000),
                            restoreRate: restoreRate)
        }
        var trustedOnly = false
        if let value = object["trustedDocumentsOnly"] {
            guard case .bool(let flag) = value else { throw ServerConfigurationError("\(path).trustedDocumentsOnly must be a boolean") }
            trustedOnly = flag
        }
        let channels = try tokenChannels(object, path)
        if let digest = object["sha256"] {
            let hex = try string(digest, "\(path).sha256").lowercased()
            guard let bytes = Self.bytes(fromHex: hex), bytes.count == 32 else {
                throw ServerConfigurationError("\(path).sha256 must be 64 hex digits")
            }
            var token = AccessToken(name: name, kind: kind, scopes: scopes, digest: bytes, rateLimit: rateLimit, cost: cost,
                                    trustedDocumentsOnly: trustedOnly)
            token.channels = channels
            return token
        }
        let plain = try string(object["token"] ?? .null, "\(path).token (or sha256)")
        guard plain.utf8.count >= 16 else { throw ServerConfigurationError("\(path).token must be at least 16 characters") }
        var token = AccessToken(name: name, kind: kind, scopes: scopes, token: plain, rateLimit: rateLimit, cost: cost,
                                trustedDocumentsOnly: trustedOnly)
        token.channels = channels
        return token
    }

    /// A token kind's limits: each key given replaces that limit of `base`, the others keep
    /// theirs; `null` turns a limit off.
    private static func limits(_ value: JSON, _ path: String, over base: ValidationLimits) throws(ServerConfigurationError) -> ValidationLimits {
        guard case .object(let object) = value else { throw ServerConfigurationError("\(path) must be an object") }
        var limits = base
        for (key, item) in object {
            let keyPath = "\(path).\(key)"
            let off = item == .null
            switch key {
            case "maxDepth": limits.maxDepth = off ? nil : try int(item, keyPath, 1...1_000_000)
            case "maxAliases": limits.maxAliases = off ? nil : try int(item, keyPath, 1...1_000_000)
            case "maxRootFields": limits.maxRootFields = off ? nil : try int(item, keyPath, 1...1_000_000)
            case "maxTokens": limits.maxTokens = off ? nil : try int(item, keyPath, 1...1_000_000)
            case "maxDocumentBytes": limits.maxDocumentBytes = off ? nil : try int(item, keyPath, 1...(1 << 30))
            case "maxCost": limits.maxCost = off ? nil : try int(item, keyPath, 1...Int.max)
            case "maxResponseBytes": limits.maxResponseBytes = off ? nil : try int(item, keyPath, 1024...(1 << 40))
            case "timeout": limits.timeout = off ? nil : try seconds(item, keyPath)
            default: throw ServerConfigurationError("unknown key \(keyPath)")
            }
        }
        return limits
    }

    static func string(_ value: JSON, _ path: String) throws(ServerConfigurationError) -> String {
        guard case .string(let text) = value else { throw ServerConfigurationError("\(path) must be a string") }
        return text
    }

    static func int(_ value: JSON, _ path: String, _ range: ClosedRange<Int>) throws(ServerConfigurationError) -> Int {
        guard case .int(let n) = value, range.contains(n) else {
            throw ServerConfigurationError("\(path) must be an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return n
    }

    private static func number(_ value: JSON, _ path: String) throws(ServerConfigurationError) -> Double {
        switch value {
        case .int(let n) where n >= 0: return Double(n)
        case .double(let d) where d >= 0: return d
        default: throw ServerConfigurationError("\(path) must be a non-negative number")
        }
    }

    static func seconds(_ value: JSON, _ path: String) throws(ServerConfigurationError) -> Double {
        let s = try number(value, path)
        guard s > 0 else { throw ServerConfigurationError("\(path) must be more than 0 seconds") }
        return s
    }

    private static func bytes(fromHex hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        for i in stride(from: 0, to: digits.count, by: 2) {
            guard let hi = hexDigit(digits[i]), let lo = hexDigit(digits[i + 1]) else { return nil }
            out.append(hi << 4 | lo)
        }
        return out
    }

    private static func hexDigit(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}

/// A configuration file that cannot be used, with the reason.
public struct ServerConfigurationError: Error, CustomStringConvertible, Sendable {
    /// The reason, naming the key.
    public let description: String
    public init(_ description: String) { self.description = description }
}
