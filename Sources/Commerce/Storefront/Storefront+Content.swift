extension Storefront {
    /// `localization`.
    public func localization() async throws(CommerceError) -> Localization {
        try require(.contentRead, for: "localization")
        return try await backendCall { try await backends.content.localization() }
    }

    /// `page(handle:, locale:)`: drafts only for callers who may preview. Prefetches every product and
    /// collection its modules refer to, so the carousels and grids of a page cost one catalog call each.
    public func page(handle: String, locale: String?) async throws(CommerceError) -> PageView? {
        try require(.contentRead, for: "page")
        let content = backends.content
        let found = try await backendCall { try await content.pages(handles: [handle]) }[handle]
        guard let found, found.status == .PUBLISHED || canPreviewContent else { return nil }
        let view = try await view(found, locale: locale)
        await prefetchReferences(of: [found])
        return view
    }

    /// `pages(first:, after:, last:, before:, locale:)`, ordered by handle.
    public func pages(_ arguments: PageArguments, locale: String?) async throws(CommerceError) -> Connection<PageView> {
        try require(.contentRead, for: "pages")
        let window = try arguments.window(order: "pages")
        let includeDrafts = canPreviewContent
        let content = backends.content
        let page = try await backendCall { try await content.listPages(window: window, includeDrafts: includeDrafts) }
        let defaultLocale = content.defaultLocale
        let views = SearchPage(items: page.items.map { entry in
            (item: PageView(page: entry.item, requestedLocale: locale ?? defaultLocale, defaultLocale: defaultLocale),
             position: entry.position)
        }, hasMore: page.hasMore)
        await prefetchReferences(of: page.items.map(\.item))
        return Connection(page: views, window: window, order: "pages") {
            try await content.countPages(includeDrafts: includeDrafts)
        }
    }

    /// A page in a locale (the default when nil).
    func view(_ page: Page, locale: String?) async throws(CommerceError) -> PageView {
        let defaultLocale = backends.content.defaultLocale
        return PageView(page: page, requestedLocale: locale ?? defaultLocale, defaultLocale: defaultLocale)
    }

    /// `ProductCarousel.products(first:)`.
    public func carouselProducts(_ module: ModuleView, first: Int) async throws(CommerceError) -> [Product] {
        guard (0...PageArguments.maximumPageSize).contains(first) else {
            throw .badRequest("first must be between 0 and \(PageArguments.maximumPageSize), but it is \(first).")
        }
        guard case .productCarousel(_, let ids) = module.module.body else { return [] }
        return Array(try await products(ids: ids).prefix(first))
    }

    /// `CollectionGrid.collections`.
    public func gridCollections(_ module: ModuleView) async throws(CommerceError) -> [Collection] {
        guard case .collectionGrid(_, let ids) = module.module.body else { return [] }
        return try await collections(ids: ids)
    }

    /// Adds every product and collection the pages' modules refer to to the forming batches.
    func prefetchReferences(of pages: [Page]) async {
        var productIDs: [Int64] = [], collectionIDs: [Int64] = []
        for module in pages.flatMap(\.modules) {
            switch module.body {
            case .productCarousel(_, let ids): productIDs += ids
            case .collectionGrid(_, let ids): collectionIDs += ids
            default: break
            }
        }
        if !productIDs.isEmpty { await products.prefetch(productIDs) }
        if !collectionIDs.isEmpty { await collections.prefetch(collectionIDs) }
    }
}
