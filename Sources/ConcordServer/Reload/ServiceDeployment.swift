import Foundation
import GraphQLCore
import HTTPServer
import Commerce
import CommerceGraphQL

/// What one configuration runs: its backends, the commerce schema's engine over them, the
/// application (tokens, limits, caches, CORS), the change feeds that empty its response cache, and
/// the recurring recovery of checkouts stopped by a crash. `CommerceService` serves one at a time and
/// swaps in a new one on reload; a request keeps the one it began on until it is answered, and the
/// old one closes when its last request has.
final class ServiceDeployment: Sendable {
    /// The configuration, tokens included (the demo token when none is configured).
    let configuration: ConfigurationFile
    /// Which backend serves each domain.
    let backendConfiguration: BackendConfiguration
    /// The backends serving each domain.
    let backends: CommerceBackends
    /// The HTTP application.
    let app: ConcordApp<SchemaEngine>
    /// The demo storefront token, when no token was configured.
    let demoToken: String?
    /// The change feeds of the backends other processes write too (PostgreSQL): each notice drops
    /// the response cache, and the deployment is ready only while every feed is connected.
    private let changes: [ChangeSubscription]
    /// Runs checkout recovery every `recoveryInterval` while the deployment lives.
    private let recovery: Task<Void, Never>
    /// Deliver the webhook events of each outbox of the store, when endpoints are configured.
    private let webhooks: [WebhookDispatcher]

    /// Builds the engine and the application over `backends` (already opened, seeded and recovered);
    /// the tokens it shares with `previous`, the deployment it replaces, keep their rate limits' state.
    init(configuration: ConfigurationFile, demoToken: String?, backendConfiguration: BackendConfiguration,
         backends: CommerceBackends, schema: GraphQLSchema, accessLog: AccessLog, metrics: Metrics,
         recoveryInterval: Duration, channels: ChannelTable, replacing previous: ServiceDeployment? = nil) {
        self.configuration = configuration
        self.demoToken = demoToken
        self.backendConfiguration = backendConfiguration
        self.backends = backends
        // `node`/`nodes` can fetch a cart by its id, so they are never cached either.
        // Webhook deliveries change with every attempt, so they are never cached either.
        // Cart mutations write only the buyer's cart, which no public answer holds; checkout
        // takes stock, so it is not among them.
        let cartMutations: Set<String> = ["cartCreate", "cartLinesAdd", "cartLinesUpdate", "cartLinesRemove",
                                          "cartDiscountCodesUpdate", "cartBuyerIdentityUpdate", "webhookRedeliver"]
        let engine = SchemaEngine(schema: schema, privateRootFields: ["cart", "node", "nodes", "webhookDeliveries"],
                                  cacheNeutralMutationFields: cartMutations, recordsPublicWrites: true) { context in
            let writes = context.publicWrites
            // The one place the request's context reaches the storefront: its channel session (the
            // resolved StorefrontContext is `session.requested`).
            return Storefront(backends: backends, scopes: context.scopes,
                              recordPublicWrite: { writes.record() }, session: context.channelSession)
        }
        let explorer = ExplorerPage.bytes(endpoint: configuration.app.graphQLPath, token: demoToken)
        // The demo page carries the token: only a loopback Host gets it (no DNS rebinding).
        let onlyLoopback = demoToken != nil
        let page: @Sendable (HTTPRequest) -> HTTPResponse = { request in
            if onlyLoopback && !LoopbackHost.contains(request.headers["Host"]) { return LoopbackHost.refusal() }
            return HTTPResponse(status: 200, headers: HTTPHeaders(ExplorerPage.responseHeaders), body: explorer)
        }
        var pages: [String: @Sendable (HTTPRequest) -> HTTPResponse] = ["/": page, "/explorer": page]
        for asset in ExplorerAssets.embedded.files {
            let headers = HTTPHeaders(ExplorerAssets.headers(for: asset))
            pages[asset.path] = { _ in HTTPResponse(status: 200, headers: headers, body: asset.body) }
        }
        let responses = ResponseCacheSlot()
        let changes = Self.subscribe(to: backends) { responses.invalidate() }
        self.changes = changes
        app = ConcordApp(engine: engine, configuration: configuration.app, accessLog: accessLog,
                         pages: pages, readiness: { changes.allSatisfy(\.isConnected) },
                         metrics: metrics, replacing: previous?.app, channels: channels)
        responses.fill(app.graphQL.responses)
        let watchesStock = configuration.webhooks.endpoints.contains { $0.topics.contains(.inventoryLow) }
        (backends.catalog as? any InventoryLowEvents)?.inventoryLowThreshold.set(watchesStock ? configuration.webhooks.inventoryLowThreshold : nil)
        webhooks = configuration.webhooks.endpoints.isEmpty ? []
            : backends.webhookOutboxes.map { WebhookDispatcher(settings: configuration.webhooks, outbox: $0) }
        recovery = Task.detached {
            while !Task.isCancelled {
                try? await Task.sleep(for: recoveryInterval)
                guard !Task.isCancelled else { return }
                _ = try? await CheckoutRecovery(backends: backends).run(before: Date().addingTimeInterval(-CommerceService.checkoutGracePeriod))
            }
        }
    }

    deinit {
        recovery.cancel()
        for dispatcher in webhooks { dispatcher.cancel() }
        for subscription in changes { subscription.cancel() }
    }

    /// Subscribes `onChange` to every backend that is a `ChangeFeed` (each object once); memory and
    /// SQLite backends are not, and get no subscription.
    private static func subscribe(to backends: CommerceBackends, _ onChange: @escaping @Sendable () -> Void) -> [ChangeSubscription] {
        var seen: Set<ObjectIdentifier> = []
        return [backends.catalog as any Sendable, backends.content, backends.carts].compactMap { backend in
            guard let feed = backend as? any ChangeFeed, seen.insert(ObjectIdentifier(feed as AnyObject)).inserted else { return nil }
            return feed.subscribe(onChange)
        }
    }
}
