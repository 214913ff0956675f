import Foundation

/// The content domain's rules, once for every backend, as plain functions on values: which page a
/// change names, what a page upsert, a module upsert, publication and an import write.
/// `ContentBackend`'s write methods run them inside the backend's transaction. Times are kept to
/// whole milliseconds, as every backend stores them.
public enum ContentRules {
    /// The store's languages: the default locale and every locale a page's title is written in, sorted.
    public static func localization(defaultLocale: String, titleLocales: Set<String>) -> Localization {
        Localization(defaultLocale: defaultLocale, availableLocales: titleLocales.union([defaultLocale]).sorted())
    }

    /// The page `change` applies to: the page with its id (which must exist), else the page holding
    /// its handle, else nil (a new page).
    /// - Parameters:
    ///   - stored: the stored page with the change's id, if it has one and the page exists.
    ///   - holder: the stored page holding the change's handle, if it has one and a page does.
    public static func target(of change: PageChange, stored: Page?, holder: Page?) throws(ContentWriteError) -> Page? {
        if let id = change.id {
            guard let stored, stored.id == id else { throw .pageNotFound(id) }
            return stored
        }
        return holder
    }

    /// The page after `change`: `page` (nil: a new page, a draft, which needs a handle and a title)
    /// with the change's handle, which no other page may hold, and its texts set in the change's
    /// locale, the other locales kept; changed at the change's time.
    /// - Parameters:
    ///   - holder: the id of the stored page holding the change's handle, if any.
    ///   - newID: an id for a new page (called only to create one).
    public static func page(applying change: PageChange, to page: Page?, holder: Int64?,
                            newID: () throws -> Int64) throws -> Page {
        let time = Date(milliseconds: change.time.milliseconds)
        var result: Page
        if let page {
            result = page
        } else {
            guard let handle = change.handle, let title = change.title else { throw ContentWriteError.missingHandleOrTitle }
            if holder != nil { throw ContentWriteError.handleTaken(handle) }
            result = Page(id: try newID(), handle: handle, title: [change.locale: title], status: .DRAFT,
                          publishedAt: nil, updatedAt: time, modules: [])
        }
        if let handle = change.handle, handle != result.handle {
            if let holder, holder != result.id { throw ContentWriteError.handleTaken(handle) }
            result.handle = handle
        }
        if let title = change.title { result.title.set(title, locale: change.locale) }
        if let seoTitle = change.seoTitle { result.seoTitle.set(seoTitle, locale: change.locale) }
        if let seoDescription = change.seoDescription { result.seoDescription.set(seoDescription, locale: change.locale) }
        result.updatedAt = time
        return result
    }

    /// The page published (its publication time becomes `time`) or taken back to draft (keeping
    /// when it was last published), changed at `time`.
    public static func page(_ page: Page, status: PublicationStatus, at time: Date) -> Page {
        var result = page
        let time = Date(milliseconds: time.milliseconds)
        result.status = status
        result.updatedAt = time
        if status == .PUBLISHED { result.publishedAt = time }
        return result
    }

    /// The page with one module created or changed, and the module's id: `update` gets the module's
    /// body (nil for a new module) and returns its new body. The module goes to `position` (clamped
    /// to the page's modules), else stays where it is (a new one goes last).
    /// - Parameters:
    ///   - moduleID: the module to change (which the page must have), or nil to create one.
    ///   - newID: an id for a new module (called only to create one).
    public static func page(_ page: Page, upsertingModule moduleID: Int64?, position: Int?,
                            update: (ContentModule.Body?) -> ContentModule.Body, at time: Date,
                            newID: () throws -> Int64) throws -> (page: Page, moduleID: Int64) {
        var result = page
        let module: ContentModule
        let index: Int
        if let moduleID {
            guard let found = result.modules.firstIndex(where: { $0.id == moduleID }) else {
                throw ContentWriteError.moduleNotFound(moduleID)
            }
            module = ContentModule(id: moduleID, body: update(result.modules[found].body))
            result.modules.remove(at: found)
            index = position ?? found
        } else {
            module = ContentModule(id: try newID(), body: update(nil))
            index = position ?? result.modules.count
        }
        result.modules.insert(module, at: min(max(index, 0), result.modules.count))
        result.updatedAt = Date(milliseconds: time.milliseconds)
        return (result, module.id)
    }

    /// Whole pages to import (the seeder's), with new ids for them and their modules, after checking
    /// the batch: no handle may be held by a stored page (`taken`) or appear twice.
    public static func imported(_ pages: [Page], taken: Set<String>, newPageID: () throws -> Int64,
                                newModuleID: () throws -> Int64) throws -> [Page] {
        var claimed = taken
        for page in pages where !claimed.insert(page.handle).inserted { throw ContentWriteError.handleTaken(page.handle) }
        return try pages.map { original in
            var page = original
            page.id = try newPageID()
            page.modules = try page.modules.map { ContentModule(id: try newModuleID(), body: $0.body) }
            page.updatedAt = Date(milliseconds: page.updatedAt.milliseconds)
            page.publishedAt = page.publishedAt.map { Date(milliseconds: $0.milliseconds) }
            return page
        }
    }
}
