import Foundation

/// The default content store: pages and modules in SQLite. Module bodies are JSON documents
/// (every locale's texts together); pages are indexed by handle and status.
public actor SQLiteContentBackend: ContentBackend {
    private let executor = SQLiteExecutor(label: "concord.sqlite.content")
    /// Runs the actor on its own queue, off the cooperative pool.
    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }
    private let db: SQLiteConnection
    private let defaultLocale: String
    private let encoder = SQLiteJSON.encoder()
    private let decoder = JSONDecoder()

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

    /// Opens the database at `path`; texts fall back to `defaultLocale`.
    public init(path: String, defaultLocale: String = "en") throws {
        db = try SQLiteConnection(path: path)
        self.defaultLocale = defaultLocale
        try Self.migrator.migrate(db)
    }

    public func localization() throws -> Localization {
        var locales = Set([defaultLocale])
        for title in try db.query("SELECT title FROM pages", row: { try text($0.text(0)) }) {
            locales.formUnion(title.values.keys)
        }
        return Localization(defaultLocale: defaultLocale, availableLocales: locales.sorted())
    }

    public func pages(ids: [Int64]) throws -> [Int64: Page] {
        Dictionary(try load(where: "id IN (SELECT value FROM json_each(?))", [.text(SQLiteJSONArray.integers(ids))]).map { ($0.id, $0) },
                   uniquingKeysWith: { a, _ in a })
    }

    public func pages(handles: [String]) throws -> [String: Page] {
        Dictionary(try load(where: "handle IN (SELECT value FROM json_each(?))", [.text(SQLiteJSONArray.strings(handles))]).map { ($0.handle, $0) },
                   uniquingKeysWith: { a, _ in a })
    }

    public func listPages(window: PageWindow, includeDrafts: Bool) throws -> SearchPage<Page> {
        let keyset = SQLKeyset(sortExpression: "handle", idExpression: "id", descending: false, window: window)
        var sql = "SELECT id, handle FROM pages WHERE " + (includeDrafts ? "1" : "status = 'PUBLISHED'")
        var bindings: [SQLiteValue] = []
        for (condition, values) in keyset.conditions() {
            sql += " AND " + condition
            bindings += values
        }
        let (order, limit) = keyset.orderAndLimit()
        let rows = try db.query(sql + order, bindings + limit) {
            (item: $0.int(0), position: SortPosition(value: .text($0.text(1)), id: $0.int(0)))
        }
        let (slice, hasMore) = keyset.finish(rows)
        let pages = try self.pages(ids: slice.map(\.item))
        return SearchPage(items: slice.compactMap { entry in pages[entry.item].map { (item: $0, position: entry.position) } },
                          hasMore: hasMore)
    }

    public func countPages(includeDrafts: Bool) throws -> Int {
        try db.query("SELECT COUNT(*) FROM pages WHERE " + (includeDrafts ? "1" : "status = 'PUBLISHED'")) { Int($0.int(0)) }.first ?? 0
    }

    public func upsertPage(_ change: PageChange) throws -> Page {
        let id: Int64 = try db.transaction {
            var page: Page
            if let id = change.id {
                guard let existing = try load(where: "id = ?", [.integer(id)]).first else { throw ContentWriteError.pageNotFound(id) }
                page = existing
            } else if let handle = change.handle, let existing = try load(where: "handle = ?", [.text(handle)]).first {
                page = existing
            } else {
                guard let handle = change.handle, let title = change.title else { throw ContentWriteError.missingHandleOrTitle }
                page = Page(id: 0, handle: handle, title: [change.locale: title], status: .DRAFT, publishedAt: nil,
                            updatedAt: change.time, modules: [])
            }
            if let handle = change.handle, handle != page.handle || page.id == 0 {
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
        return try pages(ids: [id])[id]!
    }

    public func setPageStatus(id: Int64, status: PublicationStatus, at time: Date) throws -> Page? {
        let changed = try db.run(
            "UPDATE pages SET status = ?, updated_at = ?, published_at = CASE WHEN ? = 'PUBLISHED' THEN ? ELSE published_at END WHERE id = ?",
            [.text(status.rawValue), .integer(time.milliseconds), .text(status.rawValue), .integer(time.milliseconds), .integer(id)])
        guard changed > 0 else { return nil }
        return try pages(ids: [id])[id]
    }

    public func upsertModule(pageID: Int64, moduleID: Int64?, position: Int?,
                             update: @escaping @Sendable (ContentModule.Body?) -> ContentModule.Body,
                             at time: Date) throws -> (page: Page, moduleID: Int64) {
        let id: Int64 = try db.transaction {
            guard var page = try load(where: "id = ?", [.integer(pageID)]).first else { throw ContentWriteError.pageNotFound(pageID) }
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
        return (try pages(ids: [pageID])[pageID]!, id)
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
        let stored = try self.pages(ids: ids)
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

    /// Pages matching a condition, with their modules: two statements.
    private func load(where condition: String, _ bindings: [SQLiteValue]) throws -> [Page] {
        var pages = try db.query("""
            SELECT id, handle, status, published_at, updated_at, title, seo_title, seo_description FROM pages WHERE \(condition)
            """, bindings) { row in
            Page(id: row.int(0), handle: row.text(1), title: try text(row.text(5)), seoTitle: try text(row.text(6)),
                 seoDescription: try text(row.text(7)), status: PublicationStatus(rawValue: row.text(2)) ?? .DRAFT,
                 publishedAt: row.optionalInt(3).map(Date.init(milliseconds:)), updatedAt: Date(milliseconds: row.int(4)),
                 modules: [])
        }
        guard !pages.isEmpty else { return [] }
        var modules: [Int64: [ContentModule]] = [:]
        for (pageID, module) in try db.query(
            "SELECT page_id, id, body FROM modules WHERE page_id IN (SELECT value FROM json_each(?)) ORDER BY page_id, position",
            [.text(SQLiteJSONArray.integers(pages.map(\.id)))], row: { row in
                (row.int(0), ContentModule(id: row.int(1), body: try decoder.decode(ContentModule.Body.self, from: Data(row.text(2).utf8))))
            }) {
            modules[pageID, default: []].append(module)
        }
        for index in pages.indices { pages[index].modules = modules[pages[index].id] ?? [] }
        return pages
    }

    private func text(_ json: String) throws -> LocalizedText {
        try decoder.decode(LocalizedText.self, from: Data(json.utf8))
    }

    private func json<T: Encodable>(_ value: T) -> String {
        (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "null"
    }
}
