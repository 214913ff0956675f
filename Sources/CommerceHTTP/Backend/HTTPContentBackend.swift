import Commerce

/// Content served by another service over the upstream contract: the `http` backend kind for
/// content. Reads only, as `HTTPCatalogBackend`; the default locale is this server's setting.
public final class HTTPContentBackend: ContentBackend {
    /// The service.
    public let upstream: Upstream
    public let defaultLocale: String

    /// A backend over an upstream.
    public init(upstream: Upstream, defaultLocale: String) {
        self.upstream = upstream
        self.defaultLocale = defaultLocale
    }

    public func titleLocales() async throws -> Set<String> {
        Set(try await upstream.whole(.titleLocales, WireBodies.CountPages(includeDrafts: true), as: WireBodies.Locales.self).locales)
    }

    public func pages(ids: [Int64]) async throws -> [Int64: Page] {
        try await upstream.batched(ids, kind: "page:id", route: .pagesByIDs, request: { WireBodies.IDs(ids: $0) },
                                   answer: WireBodies.Pages.self) { $0.pages.map { ($0.id, $0.model) } }
    }

    public func pages(handles: [String]) async throws -> [String: Page] {
        try await upstream.batched(handles, kind: "page:handle", route: .pagesByHandles, request: { WireBodies.Handles(handles: $0) },
                                   answer: WireBodies.Pages.self) { $0.pages.map { ($0.handle, $0.model) } }
    }

    public func listPages(window: PageWindow, includeDrafts: Bool) async throws -> SearchPage<Page> {
        let request = WireBodies.ListPages(window: WireWindow(window), includeDrafts: includeDrafts)
        return try await upstream.whole(.listPages, request, as: WireSearchPage<WirePage>.self).model(\.model)
    }

    public func countPages(includeDrafts: Bool) async throws -> Int {
        try await upstream.whole(.countPages, WireBodies.CountPages(includeDrafts: includeDrafts), as: WireBodies.Count.self).count
    }

    public func writeContent<T: Sendable>(_ body: @Sendable (any ContentTransaction) throws -> T) async throws -> T {
        throw UpstreamReadOnlyError(service: upstream.options.service)
    }
}
