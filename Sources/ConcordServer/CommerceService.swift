import Dispatch
import Foundation
import GraphQLCore
import HTTPServer
import Commerce
import CommerceGraphQL
import CommerceSQLite

/// The running commerce API: the backends the configuration names (SQLite in one file by default;
/// the demo store seeded into every new one), the commerce schema behind the GraphQL-over-HTTP
/// layer, the explorer, health, readiness and metrics, on an `HTTPServer`. `concord serve` is this
/// plus printing and waiting for a signal.
public final class CommerceService: Sendable {
    /// The HTTP server, started.
    public let server: HTTPServer
    /// The application (metrics, caches).
    public let app: ConcordApp<SchemaEngine>
    /// The demo storefront token, when no token was configured.
    public let demoToken: String?
    /// Which backend serves each domain: the configuration's blocks, SQLite at `databasePath` for the rest.
    public let backendConfiguration: BackendConfiguration
    /// The backends serving each domain.
    public let backends: CommerceBackends
    /// The domains whose stores were new and got the demo store (a memory backend, a SQLite file
    /// that did not exist).
    public let seededParts: StoreSeeder.Parts
    /// What seeding the new stores produced, if any was new.
    public let seeded: StoreSeeder.Summary?
    /// What recovering checkouts stopped by a crash did at start.
    public let recovered: CheckoutRecovery.Report
    private let writer: BufferedLineWriter?
    /// Runs checkout recovery again every `recoveryInterval` while the service lives.
    private let recovery: Task<Void, Never>
    /// The change feeds of the backends other processes write too (PostgreSQL): each notice drops the
    /// response cache, and the service is ready only while every feed is connected.
    private let changes: [ChangeSubscription]

    /// How long a checkout may be under way before recovery treats it as stopped by a crash.
    public static let checkoutGracePeriod: TimeInterval = 60

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
        var configuration = configuration
        var demoToken: String?
        if configuration.app.tokens.isEmpty {
            let token = Self.randomToken()
            demoToken = token
            configuration.app.tokens = [AccessToken(name: "demo-storefront", kind: .storefront, token: token)]
        }
        let choices = configuration.backends(databasePath: databasePath)
        do { try registry.check(choices) } catch { throw ServerConfigurationError(error.message) }
        let parts = StoreSeeder.Parts(registry.newDomains(choices))
        let backends = try registry.makeBackends(choices)
        self.backends = backends
        backendConfiguration = choices
        seededParts = parts
        // Seed the new stores; recover checkouts a crash stopped half way (reopen their carts, give their
        // stock back), leaving any that started in the last minute to the process running them.
        (seeded, recovered) = try Self.wait {
            let summary = parts.isEmpty ? nil : try await StoreSeeder().seed(into: backends, parts: parts)
            return (summary, try await CheckoutRecovery(backends: backends).run(before: Date().addingTimeInterval(-Self.checkoutGracePeriod)))
        }

        let schema = try CommerceSchema.build(sdl: schemaSDL)
        // `node`/`nodes` can fetch a cart by its id, so they are never cached either.
        // Cart mutations write only the buyer's cart, which no public answer holds; checkout
        // takes stock, so it is not among them.
        let cartMutations: Set<String> = ["cartCreate", "cartLinesAdd", "cartLinesUpdate", "cartLinesRemove",
                                          "cartDiscountCodesUpdate", "cartBuyerIdentityUpdate"]
        let engine = SchemaEngine(schema: schema, privateRootFields: ["cart", "node", "nodes"],
                                  cacheNeutralMutationFields: cartMutations, recordsPublicWrites: true) { context in
            let writes = context.publicWrites
            return Storefront(backends: backends, scopes: context.scopes,
                              recordPublicWrite: { writes.record() })
        }
        let explorer = ExplorerPage.bytes(endpoint: configuration.app.graphQLPath, token: demoToken)
        // The demo page carries the token: only a loopback Host gets it (no DNS rebinding).
        let onlyLoopback = demoToken != nil
        let page: @Sendable (HTTPRequest) -> HTTPResponse = { request in
            if onlyLoopback && !LoopbackHost.contains(request.headers["Host"]) { return LoopbackHost.refusal() }
            return HTTPResponse(status: 200, headers: HTTPHeaders(ExplorerPage.responseHeaders), body: explorer)
        }
        let writer = accessLog == nil ? BufferedLineWriter(fd: 1, maxBufferedBytes: configuration.app.accessLogBufferBytes) : nil
        let responses = ResponseCacheSlot()
        let changes = Self.subscribe(to: backends) { responses.invalidate() }
        self.changes = changes
        let app = ConcordApp(engine: engine, configuration: configuration.app,
                             accessLog: accessLog ?? AccessLog(writer: writer!), pages: ["/": page, "/explorer": page],
                             readiness: { changes.allSatisfy(\.isConnected) })
        responses.fill(app.graphQL.responses)
        self.app = app
        server = HTTPServer(configuration: configuration.http, handler: app.handler)
        self.demoToken = demoToken
        self.writer = writer
        recovery = Task.detached {
            while !Task.isCancelled {
                try? await Task.sleep(for: recoveryInterval)
                guard !Task.isCancelled else { return }
                _ = try? await CheckoutRecovery(backends: backends).run(before: Date().addingTimeInterval(-Self.checkoutGracePeriod))
            }
        }
        try server.start()
    }

    deinit {
        recovery.cancel()
        for subscription in changes { subscription.cancel() }
    }

    /// Subscribes `onChange` to every backend that is a `ChangeFeed` (each object once); memory and
    /// SQLite backends are not, and get no subscription.
    private static func subscribe(to backends: CommerceBackends, _ onChange: @escaping @Sendable () -> Void) -> [ChangeSubscription] {
        var seen: Set<ObjectIdentifier> = []
        return [backends.catalog as Any, backends.content, backends.carts].compactMap { backend in
            guard let feed = backend as? any ChangeFeed, seen.insert(ObjectIdentifier(feed as AnyObject)).inserted else { return nil }
            return feed.subscribe(onChange)
        }
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
            do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }
}

/// A result handed from a task to the thread waiting for it.
private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, Error>?
}
