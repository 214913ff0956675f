import Commerce
import Foundation

/// Reads pages and their modules on one connection. Not thread-safe, like its connection: each
/// `SQLiteReadPool` slot uses its reader on its own queue, and `SQLiteContentBackend`'s write transactions
/// look pages up with the reader over its writer connection.
final class SQLiteContentReader: SQLiteConnectionOwner {
    let connection: SQLiteConnection
    private let defaultLocale: String
    private let decoder = JSONDecoder()

    /// A reader over `connection`; texts fall back to `defaultLocale`.
    init(connection: SQLiteConnection, defaultLocale: String) {
        self.connection = connection
        self.defaultLocale = defaultLocale
    }

    func titleLocales() throws -> Set<String> {
        var locales = Set<String>()
        for title in try connection.query("SELECT title FROM pages", row: { try text($0.text(0)) }) {
            locales.formUnion(title.values.keys)
        }
        return locales
    }

    func pages(ids: [Int64]) throws -> [Int64: Page] {
        Dictionary(try load(where: "id IN (SELECT value FROM json_each(?))", [.text(SQLiteJSONArray.integers(ids))]).map { ($0.id, $0) },
                   uniquingKeysWith: { a, _ in a })
    }

    func pages(handles: [String]) throws -> [String: Page] {
        Dictionary(try load(where: "handle IN (SELECT value FROM json_each(?))", [.text(SQLiteJSONArray.strings(handles))]).map { ($0.handle, $0) },
                   uniquingKeysWith: { a, _ in a })
    }

    func listPages(window: PageWindow, includeDrafts: Bool) throws -> SearchPage<Page> {
        let keyset = SQLKeyset(sortExpression: "handle", idExpression: "id", descending: false, window: window)
        var sql = "SELECT id, handle FROM pages WHERE " + (includeDrafts ? "1" : "status = 'PUBLISHED'")
        var bindings: [SQLiteValue] = []
        for (condition, values) in keyset.conditions() {
            sql += " AND " + condition
            bindings += values
        }
        let (order, limit) = keyset.orderAndLimit()
        let rows = try connection.query(sql + order, bindings + limit) {
            (item: $0.int(0), position: SortPosition(value: .text($0.text(1)), id: $0.int(0)))
        }
        let (slice, hasMore) = keyset.finish(rows)
        let pages = try self.pages(ids: slice.map { $0.item })
        return SearchPage(items: slice.compactMap { entry in pages[entry.item].map { (item: $0, position: entry.position) } },
                          hasMore: hasMore)
    }

    func countPages(includeDrafts: Bool) throws -> Int {
        try connection.query("SELECT COUNT(*) FROM pages WHERE " + (includeDrafts ? "1" : "status = 'PUBLISHED'")) { Int($0.int(0)) }.first ?? 0
    }

    /// Pages matching a condition, with their modules: two statements.
    private func load(where condition: String, _ bindings: [SQLiteValue]) throws -> [Page] {
        var pages = try connection.query("""
            SELECT id, handle, status, published_at, updated_at, title, seo_title, seo_description FROM pages WHERE \(condition)
            """, bindings) { row in
            Page(id: row.int(0), handle: row.text(1), title: try text(row.text(5)), seoTitle: try text(row.text(6)),
                 seoDescription: try text(row.text(7)), status: PublicationStatus(rawValue: row.text(2)) ?? .DRAFT,
                 publishedAt: row.optionalInt(3).map(Date.init(milliseconds:)), updatedAt: Date(milliseconds: row.int(4)),
                 modules: [])
        }
        guard !pages.isEmpty else { return [] }
        var modules: [Int64: [ContentModule]] = [:]
        for (pageID, module) in try connection.query(
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
}
