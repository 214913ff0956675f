import Foundation

/// Which backend serves each domain, read from JSON:
///
///     {
///       "defaultLocale": "en",
///       "catalog": { "backend": "sqlite", "path": "concord.db" },
///       "content": { "backend": "memory" },
///       "carts":   { "backend": "sqlite", "path": "concord.db" }
///     }
///
/// Every key of a domain's object but `backend` is an option for that backend.
public struct BackendConfiguration: Sendable, Hashable {
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

        /// A required option, or a clear error naming the domain.
        public func require(_ key: String, domain: String) throws -> String {
            guard let value = options[key], !value.isEmpty else {
                throw ConfigurationError("The \(backend) \(domain) backend needs a \"\(key)\" option.")
            }
            return value
        }

        /// An optional whole-number option within `range` (written as a string, like every option).
        public func integer(_ key: String, domain: String, in range: ClosedRange<Int>) throws -> Int? {
            guard let text = options[key] else { return nil }
            guard let value = Int(text), range.contains(value) else {
                throw ConfigurationError("The option \"\(domain).\(key)\" must be a whole number from \(range.lowerBound) to \(range.upperBound).")
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

    /// Every domain on SQLite in one file.
    public static func sqlite(path: String) -> BackendConfiguration {
        let choice = Choice(backend: "sqlite", options: ["path": path])
        return BackendConfiguration(catalog: choice, content: choice, carts: choice)
    }

    /// Parses the JSON form, with errors that name the offending key.
    public init(json: Data) throws {
        guard let root = (try? JSONSerialization.jsonObject(with: json)) as? [String: Any] else {
            throw ConfigurationError("The backend configuration must be a JSON object.")
        }
        let known: Set<String> = ["defaultLocale", "catalog", "content", "carts"]
        if let unknown = root.keys.sorted().first(where: { !known.contains($0) }) {
            throw ConfigurationError("Unknown key \"\(unknown)\" in the backend configuration; expected defaultLocale, catalog, content and carts.")
        }
        func choice(_ domain: String) throws -> Choice {
            guard let object = root[domain] as? [String: Any] else {
                throw ConfigurationError("The backend configuration needs a \"\(domain)\" object.")
            }
            guard let backend = object["backend"] as? String else {
                throw ConfigurationError("\"\(domain)\" needs a \"backend\" name, such as \"sqlite\".")
            }
            var options: [String: String] = [:]
            for (key, value) in object where key != "backend" {
                guard let text = value as? String else {
                    throw ConfigurationError("The option \"\(domain).\(key)\" must be a string.")
                }
                options[key] = text
            }
            return Choice(backend: backend, options: options)
        }
        let locale = root["defaultLocale"].map { $0 as? String } ?? "en"
        guard let locale else { throw ConfigurationError("\"defaultLocale\" must be a string such as \"en\".") }
        self.init(defaultLocale: locale, catalog: try choice("catalog"), content: try choice("content"), carts: try choice("carts"))
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
