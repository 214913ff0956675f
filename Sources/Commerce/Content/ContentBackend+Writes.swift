import Foundation

extension ContentBackend {
    /// Creates a page (as a draft) or changes its texts in one locale (throws `ContentWriteError`),
    /// by `ContentRules` in one `writeContent` transaction.
    public func upsertPage(_ change: PageChange) async throws -> Page {
        try await writeContent { transaction in
            let stored = try change.id.flatMap { try transaction.pages(ids: [$0])[$0] }
            let holder = try change.handle.flatMap { try transaction.pages(handles: [$0])[$0] }
            let target = try ContentRules.target(of: change, stored: stored, holder: holder)
            let page = try ContentRules.page(applying: change, to: target, holder: holder?.id, newID: transaction.newPageID)
            try transaction.save(page)
            return page
        }
    }

    /// Publishes a page or takes it back to draft; nil when no page has the id.
    public func setPageStatus(id: Int64, status: PublicationStatus, at time: Date) async throws -> Page? {
        try await writeContent { transaction in
            guard let stored = try transaction.pages(ids: [id])[id] else { return nil }
            let page = ContentRules.page(stored, status: status, at: time)
            try transaction.save(page)
            if status == .PUBLISHED && stored.status != .PUBLISHED { try transaction.appendEvent(.pagePublished(page)) }
            return page
        }
    }

    /// Creates or changes one module atomically: `update` gets the module's current body (nil for a
    /// new one) and returns the new body. Returns the page and the module's id (throws `ContentWriteError`).
    public func upsertModule(pageID: Int64, moduleID: Int64?, position: Int?,
                             update: @escaping @Sendable (ContentModule.Body?) -> ContentModule.Body,
                             at time: Date) async throws -> (page: Page, moduleID: Int64) {
        try await writeContent { transaction in
            guard let stored = try transaction.pages(ids: [pageID])[pageID] else { throw ContentWriteError.pageNotFound(pageID) }
            let upserted = try ContentRules.page(stored, upsertingModule: moduleID, position: position, update: update,
                                                 at: time, newID: transaction.newModuleID)
            try transaction.save(upserted.page)
            return upserted
        }
    }

    /// Writes whole pages, assigning ids to pages and modules (used by the seeder), all or none.
    public func importPages(_ pages: [Page]) async throws -> [Page] {
        try await writeContent { transaction in
            let taken = Set(try transaction.pages(handles: pages.map(\.handle)).keys)
            let imported = try ContentRules.imported(pages, taken: taken, newPageID: transaction.newPageID,
                                                     newModuleID: transaction.newModuleID)
            for page in imported { try transaction.save(page) }
            return imported
        }
    }
}
