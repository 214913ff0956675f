import Commerce
import CommerceHTTP
import CommerceMemory
import Foundation
import HTTPServer

/// An in-process `concord upstream serve`: the upstream contract over memory backends on an
/// ephemeral port, and `http` backends that read through it. Shut down when the fixture goes.
final class UpstreamFixture: Sendable {
    let stores: CommerceBackends
    let server: HTTPServer
    let upstream: Upstream
    let contract: UpstreamService

    init(stores: CommerceBackends = .inMemory(), service: String = "catalog", timeoutMs: Int = 800,
         breakerFailures: Int = 5, breakerOpenMs: Int = 5000, maxAge: Int = 0, staleIfError: Int = 300) throws {
        self.stores = stores
        var configuration = HTTPServerConfiguration(host: "127.0.0.1", port: 0)
        configuration.eventLoopCount = 1
        contract = UpstreamService(catalog: stores.catalog, content: stores.content, maxAge: maxAge, staleIfError: staleIfError)
        server = HTTPServer(configuration: configuration, handler: contract.handler)
        try server.start()
        var options = UpstreamOptions(address: UpstreamAddress(url: "http://127.0.0.1:\(server.port)")!, service: service)
        options.timeout = Double(timeoutMs) / 1000
        (options.breakerFailures, options.breakerOpenSeconds) = (breakerFailures, Double(breakerOpenMs) / 1000)
        upstream = Upstream.shared(options)
    }

    deinit { server.shutdown() }

    /// The contract served again on the same port (after `server` was shut down: the upstream restarted).
    func restart() throws -> HTTPServer {
        var configuration = HTTPServerConfiguration(host: "127.0.0.1", port: server.port)
        configuration.eventLoopCount = 1
        let again = HTTPServer(configuration: configuration, handler: contract.handler)
        try again.start()
        return again
    }

    /// Backends whose catalog and content read through the contract; their writes go straight to the
    /// stores behind it (the contract has no writes), carts are the stores'.
    var backends: CommerceBackends {
        CommerceBackends(catalog: ReadThroughCatalog(reads: HTTPCatalogBackend(upstream: upstream), store: stores.catalog, fixture: self),
                         content: ReadThroughContent(reads: HTTPContentBackend(upstream: upstream, defaultLocale: stores.content.defaultLocale),
                                                     store: stores.content),
                         carts: stores.carts)
    }
}
