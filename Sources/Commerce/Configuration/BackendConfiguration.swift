import Foundation
import GraphQLCore

/// Which backend serves each domain, read from JSON:
///
///     {
///       "defaultLocale": "en",
///       "catalog": { "backend": "sqlite", "path": "concord.db" },
///       "content": { "backend": "memory" },
///       "carts":   { "backend": "sqlite", "path": "concord.db" }
///     }
///
/// Every key of a domain's object but `backend` is an option for that backend. The blocks are
/// read here and checked against a `BackendRegistry` (the kind and its options) before any
/// backend is built, so a wrong block never opens a store.
public struct BackendConfiguration: Sendable, Hashable {
    /// A kind of data with a backend of its own.
    public enum Domain: String, Sendable, Hashable, CaseIterable {
        /// Products, collections and inventory.
        case catalog
        /// Pages and modules.
        case content
        /// Carts, discount codes and orders.
        case carts
    }

    /// One domain's choice.
    public struct Choice: Sendable, Hashable {
        /// The registered backend name.
        public var backend: String
        /// The backend's options, such as `path`.
        public var options: [String: String]

        /// Creates a choice.
        public init(backend: String, options: [String: String] = [:]) {
            self.backend = backend
            self.options = options
        }

        /// Reads one domain's block, `{"backend": "<kind>", "<option>": value, …}`, and checks it
        /// against the kinds `registry` knows: the kind, each option's name, type and range, and the
        /// options the kind needs. A whole-number option may be written as a number or a string; it
        /// is kept as text, like every option.
        public init(json: JSON, domain: Domain, registry: BackendRegistry) throws(ConfigurationError) {
            guard case .object(let object) = json else {
                throw ConfigurationError("\(domain) must be an object such as {\"backend\": \"memory\"}; got \(BackendConfiguration.describe(json))")
            }
            guard let kind = object["backend"] else {
                throw ConfigurationError("\(domain).backend is missing; expected one of: \(registry.kinds(domain).joined(separator: ", "))")
            }
            guard case .string(let backend) = kind else { throw registry.unknownKind(BackendConfiguration.describe(kind), domain: domain) }
            var options: [String: String] = [:]
            for (key, value) in object where key != "backend" {
                let path = "\(domain).\(key)"
                let option = try registry.option(key, of: backend, domain: domain)
                switch (value, option?.value) {
                case (.string(let text), _): options[key] = text
                case (.int(let number), nil), (.int(let number), .wholeNumber?): options[key] = String(number)
                case (_, .text?): throw ConfigurationError("\(path) must be a string; got \(BackendConfiguration.describe(value))")
                case (_, .wholeNumber(let range)?): throw BackendRegistry.Option.notWholeNumber(path, range, got: BackendConfiguration.describe(value))
                case (_, nil): throw ConfigurationError("\(path) must be a string or a whole number; got \(BackendConfiguration.describe(value))")
                }
                try option?.validate(options[key] ?? "", path: path, shown: BackendConfiguration.describe(value))
            }
            self.init(backend: backend, options: options)
            try registry.check(self, domain: domain)
        }

        /// A required option, or a clear error naming the domain.
        public func require(_ key: String, domain: String) throws -> String {
            guard let value = options[key], !value.isEmpty else {
                throw ConfigurationError("\(domain).\(key) is missing; the \(backend) backend needs it")
            }
            return value
        }

        /// An optional whole-number option within `range` (written as a string, like every option).
        public func integer(_ key: String, domain: String, in range: ClosedRange<Int>) throws -> Int? {
            guard let text = options[key] else { return nil }
            guard let value = Int(text), range.contains(value) else {
                throw BackendRegistry.Option.notWholeNumber("\(domain).\(key)", range, got: JSONWriter.quoted(text))
            }
            return value
        }
    }

    /// The locale content falls back to.
    public var defaultLocale: String
    /// The catalog's backend.
    public var catalog: Choice
    /// The content backend.
    public var content: Choice
    /// The carts-and-orders backend.
    public var carts: Choice

    /// Creates a configuration.
    public init(defaultLocale: String = "en", catalog: Choice, content: Choice, carts: Choice) {
        self.defaultLocale = defaultLocale
        self.catalog = catalog
        self.content = content
        self.carts = carts
    }

    /// The blocks given, by domain; every other domain on SQLite in the one file at `defaultPath`.
    public init(defaultLocale: String = "en", choices: [Domain: Choice], defaultPath: String) {
        let sqlite = Choice(backend: "sqlite", options: ["path": defaultPath])
        self.init(defaultLocale: defaultLocale, catalog: choices[.catalog] ?? sqlite,
                  content: choices[.content] ?? sqlite, carts: choices[.carts] ?? sqlite)
    }

    /// Every domain on SQLite in one file.
    public static func sqlite(path: String) -> BackendConfiguration {
        let choice = Choice(backend: "sqlite", options: ["path": path])
        return BackendConfiguration(catalog: choice, content: choice, carts: choice)
    }

    /// One domain's choice.
    public subscript(domain: Domain) -> Choice {
        get {
            switch domain {
            case .catalog: return catalog
            case .content: return content
            case .carts: return carts
            }
        }
        set {
            switch domain {
            case .catalog: catalog = newValue
            case .content: content = newValue
            case .carts: carts = newValue
            }
        }
    }

    /// Parses the JSON form, which names every domain, with errors that name the offending key.
    public init(json: Data, registry: BackendRegistry) throws(ConfigurationError) {
        let parsed: JSON
        do { parsed = try JSONParser.parse(bytes: Array(json), options: .strict(maxDepth: 128)) } catch {
            throw ConfigurationError("the backend configuration is not JSON: \(error.message) at offset \(error.offset)")
        }
        guard case .object(let root) = parsed else { throw ConfigurationError("the backend configuration must be a JSON object") }
        let known = ["defaultLocale"] + Domain.allCases.map(\.rawValue)
        if let unknown = root.keys.first(where: { !known.contains($0) }) {
            throw ConfigurationError("unknown key \(unknown); expected \(known.joined(separator: ", "))")
        }
        var choices: [Domain: Choice] = [:]
        for domain in Domain.allCases {
            guard let block = root[domain.rawValue] else {
                throw ConfigurationError("\(domain) is missing; each domain needs a block such as {\"backend\": \"memory\"}")
            }
            choices[domain] = try Choice(json: block, domain: domain, registry: registry)
        }
        let locale = try root["defaultLocale"].map { (value) throws(ConfigurationError) in try Self.locale(value) } ?? "en"
        self.init(defaultLocale: locale, catalog: choices[.catalog]!, content: choices[.content]!, carts: choices[.carts]!)
    }

    /// Reads `defaultLocale`: a locale such as `en` or `de-CH`.
    public static func locale(_ value: JSON) throws(ConfigurationError) -> String {
        guard case .string(let text) = value, !text.isEmpty, text.utf8.count <= 35,
              text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            throw ConfigurationError("defaultLocale must be a locale such as \"en\"; got \(describe(value))")
        }
        return text
    }

    /// A string as JSON writes it, for a message.
    static func quoted(_ text: String) -> String { describe(.string(text)) }

    /// A value as the configuration file wrote it, shortened, for a message.
    static func describe(_ value: JSON) -> String {
        var writer = JSONWriter(capacity: 64)
        writer.write(value)
        let text = String(decoding: writer.bytes, as: UTF8.self)
        return text.count > 60 ? String(text.prefix(57)) + "…" : text
    }
}

/// A problem with the backend configuration, worded for the operator.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
