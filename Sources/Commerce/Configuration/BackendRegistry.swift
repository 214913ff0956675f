import Foundation

/// The backends a configuration can name. A new backend plugs in by conforming to a domain's
/// protocol and registering a factory under a name, with the options it takes (checked before
/// anything is built) and how to tell that its store is new (so that `concord serve` seeds it):
///
///     var registry = BackendRegistry.standard   // in ConcordServer: sqlite and memory
///     registry.registerCatalog("pim", options: [.text("url", required: true)]) { choice, _ in
///         try PIMCatalog(url: choice.require("url", domain: "catalog"))
///     }
///     let backends = try registry.makeBackends(configuration)
public struct BackendRegistry: Sendable {
    /// Builds a backend from its configuration entry and the whole configuration.
    public typealias Factory<Backend> = @Sendable (BackendConfiguration.Choice, BackendConfiguration) throws -> Backend
    /// Whether a choice names a store that holds nothing yet, judged before any backend is opened.
    public typealias Freshness = @Sendable (BackendConfiguration.Choice) -> Bool
    /// Removes what opening a new store created (its file), when building the backends failed
    /// after it was opened: a start that failed leaves no half-made store behind, and the next
    /// start still finds the store new and seeds it.
    public typealias Discard = @Sendable (BackendConfiguration.Choice) -> Void
    /// Brings a choice's store up to date with this build's schema, opening nothing else
    /// (`concord migrate`), and says what it did.
    public typealias Migration = @Sendable (BackendConfiguration.Choice, BackendConfiguration) throws -> SchemaMigration
    /// Checks, changing nothing, that a choice's store can be opened (a server that answers and takes
    /// the credentials, a schema no newer than this build), so that a configuration one domain of
    /// which cannot be opened opens no store at all.
    public typealias Preflight = @Sendable (BackendConfiguration.Choice, BackendConfiguration) throws -> Void
    private typealias Domain = BackendConfiguration.Domain

    /// An option a backend kind takes.
    public struct Option: Sendable, Hashable {
        /// What an option holds.
        public enum Value: Sendable, Hashable {
            /// A non-empty string, such as a path.
            case text
            /// A whole number within the range, written as a number or a string.
            case wholeNumber(ClosedRange<Int>)
        }

        /// The option's key in the domain's block.
        public var name: String
        /// What it holds.
        public var value: Value
        /// Whether the kind cannot do without it.
        public var isRequired: Bool

        /// Creates an option.
        public init(name: String, value: Value, isRequired: Bool) {
            self.name = name
            self.value = value
            self.isRequired = isRequired
        }

        /// A string option.
        public static func text(_ name: String, required: Bool = false) -> Option {
            Option(name: name, value: .text, isRequired: required)
        }

        /// An optional whole-number option within `range`.
        public static func wholeNumber(_ name: String, in range: ClosedRange<Int>) -> Option {
            Option(name: name, value: .wholeNumber(range), isRequired: false)
        }

        /// Checks the option's text; `shown` is the value as the configuration wrote it.
        func validate(_ text: String, path: String, shown: String) throws(ConfigurationError) {
            switch value {
            case .text:
                guard !text.isEmpty else { throw ConfigurationError("\(path) must be a non-empty string; got \(shown)") }
            case .wholeNumber(let range):
                guard let number = Int(text), range.contains(number) else { throw Self.notWholeNumber(path, range, got: shown) }
            }
        }

        /// The error for a whole-number option out of its range.
        static func notWholeNumber(_ path: String, _ range: ClosedRange<Int>, got shown: String) -> ConfigurationError {
            ConfigurationError("\(path) must be a whole number from \(range.lowerBound) to \(range.upperBound); got \(shown)")
        }
    }

    /// One registered kind of backend for a domain.
    private struct Kind<Backend>: Sendable {
        var options: [Option]?
        var isNew: Freshness
        var discard: Discard?
        var migrate: Migration?
        var preflight: Preflight?
        var factory: Factory<Backend>
    }

    private var catalogs: [String: Kind<any CatalogBackend>] = [:]
    private var contents: [String: Kind<any ContentBackend>] = [:]
    private var carts: [String: Kind<any CartBackend>] = [:]

    /// An empty registry.
    public init() {}

    /// Registers a catalog backend under `name`, replacing one of the same name. `options` lists
    /// the options it takes (nil: any, unchecked); `isNew` tells whether a choice's store is new;
    /// `migrate` brings its schema up to date alone (nil: the kind keeps no schema to migrate);
    /// `preflight` checks, changing nothing, that its store can be opened (nil: nothing to check);
    /// `discard` removes a new store again when the backends could not all be built.
    public mutating func registerCatalog(_ name: String, options: [Option]? = nil, isNew: @escaping Freshness = { _ in false },
                                         migrate: Migration? = nil, preflight: Preflight? = nil,
                                         discard: Discard? = nil,
                                         _ factory: @escaping Factory<any CatalogBackend>) {
        catalogs[name] = Kind(options: options, isNew: isNew, discard: discard, migrate: migrate, preflight: preflight, factory: factory)
    }

    /// Registers a content backend under `name`, as `registerCatalog` does.
    public mutating func registerContent(_ name: String, options: [Option]? = nil, isNew: @escaping Freshness = { _ in false },
                                         migrate: Migration? = nil, preflight: Preflight? = nil,
                                         discard: Discard? = nil,
                                         _ factory: @escaping Factory<any ContentBackend>) {
        contents[name] = Kind(options: options, isNew: isNew, discard: discard, migrate: migrate, preflight: preflight, factory: factory)
    }

    /// Registers a carts-and-orders backend under `name`, as `registerCatalog` does.
    public mutating func registerCarts(_ name: String, options: [Option]? = nil, isNew: @escaping Freshness = { _ in false },
                                       migrate: Migration? = nil, preflight: Preflight? = nil,
                                       discard: Discard? = nil,
                                       _ factory: @escaping Factory<any CartBackend>) {
        carts[name] = Kind(options: options, isNew: isNew, discard: discard, migrate: migrate, preflight: preflight, factory: factory)
    }

    /// Checks every domain's choice: a registered kind, the options it takes with values it
    /// accepts, and every option it needs. Opens nothing.
    public func check(_ configuration: BackendConfiguration) throws(ConfigurationError) {
        for domain in BackendConfiguration.Domain.allCases { try check(configuration[domain], domain: domain) }
    }

    /// Checks one domain's choice, as `check(_:)` does.
    public func check(_ choice: BackendConfiguration.Choice, domain: BackendConfiguration.Domain) throws(ConfigurationError) {
        guard let kind = kind(choice.backend, domain) else {
            throw unknownKind(BackendConfiguration.quoted(choice.backend), domain: domain)
        }
        for key in choice.options.keys.sorted() {
            try option(key, of: choice.backend, domain: domain)?
                .validate(choice.options[key] ?? "", path: "\(domain).\(key)", shown: BackendConfiguration.quoted(choice.options[key] ?? ""))
        }
        if let missing = kind.options?.first(where: { $0.isRequired && choice.options[$0.name] == nil }) {
            throw ConfigurationError("\(domain).\(missing.name) is missing; the \(choice.backend) backend needs it")
        }
    }

    /// The domains whose stores are new (a memory backend, a SQLite file that does not exist yet),
    /// judged before any backend is opened: call it before `makeBackends`.
    public func newDomains(_ configuration: BackendConfiguration) -> Set<BackendConfiguration.Domain> {
        Set(BackendConfiguration.Domain.allCases.filter { domain in
            kind(configuration[domain].backend, domain)?.isNew(configuration[domain]) ?? false
        })
    }

    /// Checks every domain's choice (`check(_:)`), then that every domain's store can be opened
    /// (each kind's `preflight`), changing nothing: a configuration that fails either opens no store.
    public func preflight(_ configuration: BackendConfiguration) throws {
        try check(configuration)
        for domain in BackendConfiguration.Domain.allCases {
            try kind(configuration[domain].backend, domain)?.preflight?(configuration[domain], configuration)
        }
    }

    /// Builds the backends a configuration names once the whole configuration passed `preflight(_:)`,
    /// so that a wrong choice for one domain, or a store that cannot be opened, leaves the others'
    /// stores unopened.
    /// When one fails all the same, the new stores of kinds that can discard one (a SQLite file
    /// this call created) are discarded again, so nothing is left half made; only those kinds are
    /// asked whether their store is new, so no database is read twice at start.
    public func makeBackends(_ configuration: BackendConfiguration) throws -> CommerceBackends {
        try preflight(configuration)
        // Judged before anything is built, for the kinds that can discard a new store (a file test).
        let discards = Domain.allCases.compactMap { domain -> (@Sendable () -> Void)? in
            let choice = configuration[domain]
            guard let kind = kind(choice.backend, domain), let discard = kind.discard, kind.isNew(choice) else { return nil }
            return { discard(choice) }
        }
        func make<Backend>(_ kinds: [String: Kind<Backend>], _ domain: Domain) throws -> Backend {
            guard let kind = kinds[configuration[domain].backend] else {
                throw unknownKind(BackendConfiguration.quoted(configuration[domain].backend), domain: domain)
            }
            return try kind.factory(configuration[domain], configuration)
        }
        do {
            return CommerceBackends(catalog: try make(catalogs, .catalog), content: try make(contents, .content),
                                    carts: try make(carts, .carts))
        } catch {
            for discard in discards { discard() }
            throw error
        }
    }

    /// Brings every domain's store up to date with this build's schema, in domain order, and opens
    /// nothing else (`concord migrate`): what each did, nil for a kind that keeps no schema (memory).
    /// Runs `preflight(_:)` first, so a configuration one store of which cannot be opened migrates none.
    public func migrate(_ configuration: BackendConfiguration) throws -> [(domain: BackendConfiguration.Domain, migration: SchemaMigration?)] {
        try preflight(configuration)
        return try BackendConfiguration.Domain.allCases.map { domain in (domain, try migrate(domain, of: configuration)) }
    }

    /// Brings one domain's store up to date, as `migrate(_:)` does for every domain, after checking
    /// the configuration (`check(_:)`) but without the other domains' preflight.
    public func migrate(_ domain: BackendConfiguration.Domain, of configuration: BackendConfiguration) throws -> SchemaMigration? {
        try check(configuration)
        return try kind(configuration[domain].backend, domain)?.migrate?(configuration[domain], configuration)
    }

    /// The kinds registered for a domain, sorted.
    func kinds(_ domain: BackendConfiguration.Domain) -> [String] {
        switch domain {
        case .catalog: return catalogs.keys.sorted()
        case .content: return contents.keys.sorted()
        case .carts: return carts.keys.sorted()
        }
    }

    /// The error for a `backend` value no kind is registered under; `shown` is the value as written.
    func unknownKind(_ shown: String, domain: BackendConfiguration.Domain) -> ConfigurationError {
        ConfigurationError("\(domain).backend \(shown) is not a backend kind; expected one of: \(kinds(domain).joined(separator: ", "))")
    }

    /// The option `key` of the kind `backend`: nil when the kind takes any options, an error when
    /// the kind is unknown or does not take `key`.
    func option(_ key: String, of backend: String, domain: BackendConfiguration.Domain) throws(ConfigurationError) -> Option? {
        guard let kind = kind(backend, domain) else { throw unknownKind(BackendConfiguration.quoted(backend), domain: domain) }
        guard let options = kind.options else { return nil }
        if let option = options.first(where: { $0.name == key }) { return option }
        let expected = options.isEmpty ? ", which takes none" : "; expected: \(options.map(\.name).joined(separator: ", "))"
        throw ConfigurationError("\(domain).\(key) is not an option of the \(backend) backend\(expected)")
    }

    /// A kind's options, freshness, migration, preflight and discard, whatever its domain.
    private func kind(_ name: String, _ domain: Domain)
        -> (options: [Option]?, isNew: Freshness, migrate: Migration?, preflight: Preflight?, discard: Discard?)? {
        switch domain {
        case .catalog: return catalogs[name].map { ($0.options, $0.isNew, $0.migrate, $0.preflight, $0.discard) }
        case .content: return contents[name].map { ($0.options, $0.isNew, $0.migrate, $0.preflight, $0.discard) }
        case .carts: return carts[name].map { ($0.options, $0.isNew, $0.migrate, $0.preflight, $0.discard) }
        }
    }
}
