import Dispatch
import Foundation
import Synchronization
import GraphQLCore
import HTTPServer
import Commerce
import CommerceGraphQL
import CommerceSQLite

/// The running commerce API: the backends the configuration names (SQLite in one file by default;
/// the demo store seeded into every new one), the commerce schema behind the GraphQL-over-HTTP
/// layer, the explorer, health, readiness and metrics, on an `HTTPServer`. `concord serve` is this
/// plus printing and waiting for a signal. What the configuration decides is one `ServiceDeployment`,
/// which `reload` replaces without stopping the server (`CommerceService+Reload`).
public final class CommerceService: Sendable {
    /// The HTTP server, started.
    public let server: HTTPServer
    /// The domains whose stores were new at start and got the demo store (a memory backend, a SQLite
    /// file that did not exist).
    public let seededParts: StoreSeeder.Parts
    /// What seeding the new stores produced at start, if any was new.
    public let seeded: StoreSeeder.Summary?
    /// What recovering checkouts stopped by a crash did at start.
    public let recovered: CheckoutRecovery.Report
    /// The counters behind `/metrics`, kept across reloads.
    public let metrics: Metrics
    /// The deployment serving now.
    let deployments = DeploymentSlot()
    /// What a reload needs to build the next deployment.
    let schema: GraphQLSchema
    let registry: BackendRegistry
    let databasePath: String
    let accessLog: AccessLog
    let recoveryInterval: Duration
    /// Reloads take turns.
    let reloading = Mutex(0)
    private let writer: BufferedLineWriter?

    /// How long a checkout may be under way before recovery treats it as stopped by a crash.
    public static let checkoutGracePeriod: TimeInterval = 60

    /// The application serving now (its configuration, tokens and caches).
    public var app: ConcordApp<SchemaEngine> { deployments.current.app }
    /// The demo storefront token, when no token was configured.
    public var demoToken: String? { deployments.current.demoToken }
    /// Which backend serves each domain: the configuration's blocks, SQLite at `databasePath` for the rest.
    public var backendConfiguration: BackendConfiguration { deployments.current.backendConfiguration }
    /// The backends serving each domain.
    public var backends: CommerceBackends { deployments.current.backends }

    /// Opens (or creates and seeds) the stores, builds the schema and starts serving.
    /// - Parameters:
    ///   - databasePath: the SQLite file of every domain the configuration gives no block (`--db`).
    ///   - schemaSDL: the text of `schema.graphql`.
    ///   - registry: the backend kinds the configuration may name; the whole configuration is
    ///     checked against it before any store is opened.
    ///   - accessLog: where access log lines go; nil writes them to standard output in batches.
    ///   - recoveryInterval: how often checkouts stopped half way are recovered after start (a
    ///     process restarted within the grace period recovers its own on a later round).
    public init(configuration: ConfigurationFile, databasePath: String, schemaSDL: String, registry: BackendRegistry = .standard,
                accessLog: AccessLog? = nil, recoveryInterval: Duration = .seconds(60)) throws {
        let (configuration, demoToken) = Self.withTokens(configuration, demoToken: nil)
        let choices = configuration.backends(databasePath: databasePath)
        let opened = try Self.open(choices, registry: registry)
        seededParts = opened.parts
        (seeded, recovered) = (opened.seeded, opened.recovered)
        schema = try CommerceSchema.build(sdl: schemaSDL)
        try Self.checkTrustedDocuments(configuration, schema: schema)
        self.registry = registry
        self.databasePath = databasePath
        self.recoveryInterval = recoveryInterval
        let writer = accessLog == nil ? BufferedLineWriter(fd: 1, maxBufferedBytes: configuration.app.accessLogBufferBytes) : nil
        self.writer = writer
        self.accessLog = accessLog ?? AccessLog(writer: writer!)
        let deployments = self.deployments, log = self.accessLog
        metrics = Metrics(cacheStatistics: { [weak deployments] in deployments?.currentIfSet?.app.graphQL.documents.statistics ?? (0, 0) },
                          responseCacheStatistics: { [weak deployments] in
                              deployments?.currentIfSet?.app.graphQL.responses?.statistics ?? (0, 0)
                          },
                          cacheBytes: { [weak deployments] in deployments?.currentIfSet?.app.cacheBytes ?? [] },
                          accessLogDrops: { log.droppedLines })
        let channels = try Self.channelTable(configuration, backends: opened.backends)
        deployments.replace(with: ServiceDeployment(configuration: configuration, demoToken: demoToken, backendConfiguration: choices,
                                                    backends: opened.backends, schema: schema, accessLog: self.accessLog,
                                                    metrics: metrics, recoveryInterval: recoveryInterval, channels: channels))
        // Each request is begun by the deployment serving as it arrives, and finished by that one.
        server = HTTPServer(configuration: configuration.http, handler: .staged { [deployments] request in
            deployments.current.app.begin(request)
        })
        try server.start()
    }

    /// Refuses a configuration whose trusted documents are not valid against the schema.
    static func checkTrustedDocuments(_ configuration: ConfigurationFile, schema: GraphQLSchema) throws {
        do { try TrustedDocumentManifest.validate(configuration.app.trustedDocuments, schema: schema) } catch {
            throw ServerConfigurationError("trustedDocuments: \(error.description)")
        }
    }

    /// `configuration` with a demo storefront token when it configures none: `demoToken` when
    /// given (a reload keeps the demo token), a new random one otherwise.
    static func withTokens(_ configuration: ConfigurationFile, demoToken: String?) -> (ConfigurationFile, String?) {
        guard configuration.app.tokens.isEmpty else { return (configuration, nil) }
        var configuration = configuration
        let token = demoToken ?? randomToken()
        configuration.app.tokens = [AccessToken(name: "demo-storefront", kind: .storefront, token: token)]
        return (configuration, token)
    }

    /// Checks `choices` against `registry`, opens the backends, seeds the new stores and recovers
    /// checkouts a crash stopped half way (reopens their carts, gives their stock back), leaving any
    /// that started in the last minute to the process running them.
    static func open(_ choices: BackendConfiguration, registry: BackendRegistry) throws
        -> (backends: CommerceBackends, parts: StoreSeeder.Parts, seeded: StoreSeeder.Summary?, recovered: CheckoutRecovery.Report) {
        do { try registry.check(choices) } catch { throw ServerConfigurationError(error.message) }
        let parts = StoreSeeder.Parts(registry.newDomains(choices))
        let backends = try registry.makeBackends(choices)
        let (seeded, recovered) = try Self.wait {
            let summary = parts.isEmpty ? nil : try await StoreSeeder().seed(into: backends, parts: parts)
            return (summary, try await CheckoutRecovery(backends: backends).run(before: Date().addingTimeInterval(-Self.checkoutGracePeriod)))
        }
        return (backends, parts, seeded, recovered)
    }

    /// Blocks until the server has stopped (after SIGTERM or SIGINT once `handleSignals` ran), then
    /// writes out the access log.
    public func waitUntilStopped() {
        server.waitUntilStopped()
        writer?.flush()
    }

    /// 32 random bytes as hex, from the system's generator.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef")
        return String((0..<64).map { _ in digits[Int.random(in: 0..<16, using: &generator)] })
    }

    /// Runs async work from synchronous start-up code (or a command) and waits for it. The work
    /// runs on an executor of its own, not on Swift's cooperative pool, so waiting from a pool
    /// thread cannot starve it (`WaitingExecutor`).
    public static func wait<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task(executorPreference: WaitingExecutor()) {
            let result: Result<T, any Error>
            do { result = .success(try await body()) } catch { result = .failure(error) }
            box.result.withLock { $0 = result }
            done.signal()
        }
        done.wait()
        return try box.result.withLock { $0! }.get()
    }
}

/// A result handed from a task to the thread waiting for it.
private final class ResultBox<T: Sendable>: Sendable {
    let result = Mutex<Result<T, any Error>?>(nil)
}
