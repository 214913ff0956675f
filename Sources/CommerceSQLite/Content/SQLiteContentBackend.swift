import Commerce
import Foundation

/// The default content store: pages and modules in SQLite. Module bodies are JSON documents
/// (every locale's texts together); pages are indexed by handle and status.
public actor SQLiteContentBackend: ContentBackend {
    private let executor: SQLiteExecutor
    public nonisolated let defaultLocale: String
    /// Runs the actor on its own queue, off the cooperative pool.
    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }
    /// The writer connection's reader: reads back what a write just did.
    private let writer: SQLiteContentReader
    private var db: SQLiteConnection { writer.connection }
    private let encoder = SQLiteJSON.encoder()
    /// Where the content reads run.
    nonisolated let readers: SQLiteReadPool<SQLiteContentReader>

    static let migrator = SQLiteMigrator(domain: "content", migrations: [
        .init(version: 1, sql: """
            CREATE TABLE pages (
                id INTEGER PRIMARY KEY,
                handle TEXT NOT NULL UNIQUE,
                status TEXT NOT NULL,
                published_at INTEGER,
                updated_at INTEGER NOT NULL,
                title TEXT NOT NULL,
                seo_title TEXT NOT NULL,
                seo_description TEXT NOT NULL);
            CREATE INDEX pages_status ON pages (status, handle, id);
            CREATE TABLE modules (
                id INTEGER PRIMARY KEY,
                page_id INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                body TEXT NOT NULL);
            CREATE INDEX modules_page ON modules (page_id, position);
            """),
    ])

    /// Opens the database at `path` and `readers` read connections (by default one per active processor,
    /// at least two); texts fall back to `defaultLocale`.
    public init(path: String, defaultLocale: String = "en", readers: Int? = nil) throws {
        self.defaultLocale = defaultLocale
        let executor = SQLiteExecutor(label: "concord.sqlite.content")
        let db = try SQLiteConnection(path: path)
        try Self.migrator.migrate(db)
        let writer = SQLiteContentReader(connection: db, defaultLocale: defaultLocale)
        self.executor = executor
        self.writer = writer
        self.readers = try SQLiteReadPool(path: path, size: readers, label: "concord.sqlite.content.read",
                                          writer: writer, writerQueue: executor.queue) {
            SQLiteContentReader(connection: $0, defaultLocale: defaultLocale)
        }
    }

    public nonisolated func localization() async throws -> Localization {
        try await readers.read { try $0.localization() }
    }

    public nonisolated func pages(ids: [Int64]) async throws -> [Int64: Page] {
        try await readers.read { try $0.pages(ids: ids) }
    }

    public nonisolated func pages(handles: [String]) async throws -> [String: Page] {
        try await readers.read { try $0.pages(handles: handles) }
    }

    public nonisolated func listPages(window: PageWindow, includeDrafts: Bool) async throws -> SearchPage<Page> {
        try await readers.read { try $0.listPages(window: window, includeDrafts: includeDrafts) }
    }

    public nonisolated func countPages(includeDrafts: Bool) async throws -> Int {
        try await readers.read { try $0.countPages(includeDrafts: includeDrafts) }
    }

    public func upsertPage(_ change: PageChange) throws -> Page {
        let id: Int64 = try db.transaction {
            var page: Page
            if let id = change.id {
                guard let existing = try writer.load(where: "id = ?", [.integer(id)]).first else { throw ContentWriteError.pageNotFound(id) }
                page = existing
            } else if let handle = change.handle, let existing = try writer.load(where: "handle = ?", [.text(handle)]).first {
                page = existing
            } else {
                guard let handle = change.handle, let title = change.title else { throw ContentWriteError.missingHandleOrTitle }
                page = Page(id: 0, handle: handle, title: [change.locale: title], status: .DRAFT, publishedAt: nil,
                            updatedAt: change.time, modules: [])
            }
            // A new page's handle was just looked up and found free, above.
            if let handle = change.handle, handle != page.handle {
                let holder = try db.query("SELECT id FROM pages WHERE handle = ?", [.text(handle)]) { $0.int(0) }.first
                if let holder, holder != page.id { throw ContentWriteError.handleTaken(handle) }
                page.handle = handle
            }
            if let title = change.title { page.title.set(title, locale: change.locale) }
            if let seoTitle = change.seoTitle { page.seoTitle.set(seoTitle, locale: change.locale) }
            if let seoDescription = change.seoDescription { page.seoDescription.set(seoDescription, locale: change.locale) }
            page.updatedAt = change.time
            return try save(page)
        }
        return try writer.pages(ids: [id])[id]!
    }

    public func setPageStatus(id: Int64, status: PublicationStatus, at time: Date) throws -> Page? {
        let changed = try db.run(
            "UPDATE pages SET status = ?, updated_at = ?, published_at = CASE WHEN ? = 'PUBLISHED' THEN ? ELSE published_at END WHERE id = ?",
            [.text(status.rawValue), .integer(time.milliseconds), .text(status.rawValue), .integer(time.milliseconds), .integer(id)])
        guard changed > 0 else { return nil }
        return try writer.pages(ids: [id])[id]
    }

    public func upsertModule(pageID: Int64, moduleID: Int64?, position: Int?,
                             update: @escaping @Sendable (ContentModule.Body?) -> ContentModule.Body,
                             at time: Date) throws -> (page: Page, moduleID: Int64) {
        let id: Int64 = try db.transaction {
            guard var page = try writer.load(where: "id = ?", [.integer(pageID)]).first else { throw ContentWriteError.pageNotFound(pageID) }
            let id: Int64
            if let moduleID {
                guard let index = page.modules.firstIndex(where: { $0.id == moduleID }) else {
                    throw ContentWriteError.moduleNotFound(moduleID)
                }
                let module = ContentModule(id: moduleID, body: update(page.modules[index].body))
                page.modules.remove(at: index)
                page.modules.insert(module, at: min(position ?? index, page.modules.count))
                id = moduleID
            } else {
                let next = try db.query("SELECT COALESCE(MAX(id), 0) + 1 FROM modules", row: { $0.int(0) }).first ?? 1
                page.modules.insert(ContentModule(id: next, body: update(nil)), at: min(position ?? page.modules.count, page.modules.count))
                id = next
            }
            page.updatedAt = time
            try save(page)
            return id
        }
        return (try writer.pages(ids: [pageID])[pageID]!, id)
    }

    public func importPages(_ pages: [Page]) throws -> [Page] {
        let ids: [Int64] = try db.transaction {
            try pages.map { original in
                if try !db.query("SELECT 1 FROM pages WHERE handle = ?", [.text(original.handle)], row: { _ in true }).isEmpty {
                    throw ContentWriteError.handleTaken(original.handle)
                }
                var page = original
                page.id = 0
                page.modules = page.modules.map { ContentModule(id: 0, body: $0.body) }
                return try save(page)
            }
        }
        let stored = try writer.pages(ids: ids)
        return ids.compactMap { stored[$0] }
    }

    /// Writes a whole page with its modules (id 0 inserts); modules with id 0 get new ids. Returns the page id.
    @discardableResult
    private func save(_ page: Page) throws -> Int64 {
        let fields: [SQLiteValue] = [
            .text(page.handle), .text(page.status.rawValue), .integer(page.publishedAt?.milliseconds),
            .integer(page.updatedAt.milliseconds), .text(json(page.title)), .text(json(page.seoTitle)),
            .text(json(page.seoDescription)),
        ]
        let id: Int64
        if page.id == 0 {
            try db.run("""
                INSERT INTO pages (handle, status, published_at, updated_at, title, seo_title, seo_description)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, fields)
            id = db.lastInsertRowID
        } else {
            id = page.id
            try db.run("""
                UPDATE pages SET handle = ?, status = ?, published_at = ?, updated_at = ?, title = ?, seo_title = ?,
                    seo_description = ? WHERE id = ?
                """, fields + [.integer(id)])
        }
        try db.run("DELETE FROM modules WHERE page_id = ?", [.integer(id)])
        for (position, module) in page.modules.enumerated() {
            try db.run("INSERT INTO modules (id, page_id, position, body) VALUES (?, ?, ?, ?)",
                       [module.id == 0 ? .null : .integer(module.id), .integer(id), .integer(Int64(position)), .text(json(module.body))])
        }
        return id
    }

    private func json<T: Encodable>(_ value: T) -> String {
        (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "null"
    }
}
