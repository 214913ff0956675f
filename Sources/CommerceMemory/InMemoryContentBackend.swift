import Commerce
import Foundation

/// Content pages held in memory, for tests and small demos.
public actor InMemoryContentBackend: ContentBackend {
    public nonisolated let defaultLocale: String
    private var pagesByID: [Int64: Page] = [:]
    private var pageIDByHandle: [String: Int64] = [:]
    private var nextPageID: Int64 = 1
    private var nextModuleID: Int64 = 1

    /// Creates an empty store whose texts fall back to `defaultLocale`.
    public init(defaultLocale: String = "en") {
        self.defaultLocale = defaultLocale
    }

    public func localization() -> Localization {
        var locales = Set([defaultLocale])
        for page in pagesByID.values { locales.formUnion(page.title.values.keys) }
        return Localization(defaultLocale: defaultLocale, availableLocales: locales.sorted())
    }

    public func pages(ids: [Int64]) -> [Int64: Page] {
        var result: [Int64: Page] = [:]
        for id in ids { if let page = pagesByID[id] { result[id] = page } }
        return result
    }

    public func pages(handles: [String]) -> [String: Page] {
        var result: [String: Page] = [:]
        for handle in handles { if let id = pageIDByHandle[handle] { result[handle] = pagesByID[id] } }
        return result
    }

    public func listPages(window: PageWindow, includeDrafts: Bool) -> SearchPage<Page> {
        let sorted = pagesByID.values
            .filter { includeDrafts || $0.status == .PUBLISHED }
            .map { (item: $0, position: SortPosition(value: .text($0.handle), id: $0.id)) }
            .sorted { $0.position.precedes($1.position, descending: false) }
        let (items, hasMore) = window.apply(sorted, descending: false)
        return SearchPage(items: items, hasMore: hasMore)
    }

    public func countPages(includeDrafts: Bool) -> Int {
        pagesByID.values.filter { includeDrafts || $0.status == .PUBLISHED }.count
    }

    public func upsertPage(_ change: PageChange) throws -> Page {
        var page: Page
        if let id = change.id {
            guard let existing = pagesByID[id] else { throw ContentWriteError.pageNotFound(id) }
            page = existing
        } else if let handle = change.handle, let id = pageIDByHandle[handle] {
            page = pagesByID[id]!
        } else {
            guard let handle = change.handle, let title = change.title else { throw ContentWriteError.missingHandleOrTitle }
            page = Page(id: nextPageID, handle: handle, title: [change.locale: title], status: .DRAFT,
                        publishedAt: nil, updatedAt: change.time, modules: [])
            nextPageID += 1
        }
        if let handle = change.handle, handle != page.handle {
            if pageIDByHandle[handle] != nil { throw ContentWriteError.handleTaken(handle) }
            pageIDByHandle[page.handle] = nil
            page.handle = handle
        }
        if let title = change.title { page.title.set(title, locale: change.locale) }
        if let seoTitle = change.seoTitle { page.seoTitle.set(seoTitle, locale: change.locale) }
        if let seoDescription = change.seoDescription { page.seoDescription.set(seoDescription, locale: change.locale) }
        page.updatedAt = change.time
        pagesByID[page.id] = page
        pageIDByHandle[page.handle] = page.id
        return page
    }

    public func setPageStatus(id: Int64, status: PublicationStatus, at time: Date) -> Page? {
        guard var page = pagesByID[id] else { return nil }
        page.status = status
        page.updatedAt = time
        if status == .PUBLISHED { page.publishedAt = time }
        pagesByID[id] = page
        return page
    }

    public func upsertModule(pageID: Int64, moduleID: Int64?, position: Int?,
                             update: @escaping @Sendable (ContentModule.Body?) -> ContentModule.Body,
                             at time: Date) throws -> (page: Page, moduleID: Int64) {
        guard var page = pagesByID[pageID] else { throw ContentWriteError.pageNotFound(pageID) }
        let module: ContentModule
        if let moduleID {
            guard let index = page.modules.firstIndex(where: { $0.id == moduleID }) else {
                throw ContentWriteError.moduleNotFound(moduleID)
            }
            module = ContentModule(id: moduleID, body: update(page.modules[index].body))
            page.modules.remove(at: index)
            page.modules.insert(module, at: min(position ?? index, page.modules.count))
        } else {
            module = ContentModule(id: nextModuleID, body: update(nil))
            nextModuleID += 1
            page.modules.insert(module, at: min(position ?? page.modules.count, page.modules.count))
        }
        page.updatedAt = time
        pagesByID[pageID] = page
        return (page, module.id)
    }

    public func importPages(_ pages: [Page]) throws -> [Page] {
        for page in pages where pageIDByHandle[page.handle] != nil { throw ContentWriteError.handleTaken(page.handle) }
        return pages.map { original in
            var page = original
            page.id = nextPageID
            nextPageID += 1
            page.modules = page.modules.map { module in
                defer { nextModuleID += 1 }
                return ContentModule(id: nextModuleID, body: module.body)
            }
            pagesByID[page.id] = page
            pageIDByHandle[page.handle] = page.id
            return page
        }
    }
}
