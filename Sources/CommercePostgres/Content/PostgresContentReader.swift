import Commerce
import Foundation

/// Reads pages and their modules on one connection, for the backend's reads (inside one read
/// transaction) and for its write transactions' lookups.
struct PostgresContentReader {
    /// The connection, used by one job at a time.
    let db: PostgresConnection
    private let decoder = JSONDecoder()

    /// A reader on `db`.
    init(_ db: PostgresConnection) {
        self.db = db
    }

    /// Every locale a page title is written in.
    func titleLocales() throws -> Set<String> {
        Set(try db.query("SELECT DISTINCT locale FROM pages, unnest(locales) AS locale") { try $0.text(0) })
    }

    func pages(ids: [Int64]) throws -> [Int64: Page] {
        guard !ids.isEmpty else { return [:] }
        return Dictionary(try load(where: "id = ANY($1::bigint[])", .integerArray(ids)).map { ($0.id, $0) },
                          uniquingKeysWith: { first, _ in first })
    }

    func pages(handles: [String]) throws -> [String: Page] {
        let handles = handles.filter(PostgresValue.isStorable)
        guard !handles.isEmpty else { return [:] }
        return Dictionary(try load(where: "handle = ANY($1::text[])", .textArray(handles)).map { ($0.handle, $0) },
                          uniquingKeysWith: { first, _ in first })
    }

    func listPages(window: PageWindow, includeDrafts: Bool) throws -> SearchPage<Page> {
        let keyset = PostgresKeyset(sortExpression: "handle COLLATE \"C\"", idExpression: "id", kind: .text,
                                    descending: false, window: window)
        var query = PostgresQuery("SELECT id, handle FROM pages WHERE " + (includeDrafts ? "true" : "status = 'PUBLISHED'"))
        keyset.addConditions(to: &query)
        keyset.addOrderAndLimit(to: &query)
        let rows = try db.query(query.sql, query.parameters) { row -> (item: Int64, position: SortPosition) in
            let id = try row.int(0)
            return (item: id, position: SortPosition(value: .text(try row.text(1)), id: id))
        }
        let (slice, hasMore) = keyset.finish(rows)
        let pages = try self.pages(ids: slice.map(\.item))
        return SearchPage(items: slice.compactMap { entry in pages[entry.item].map { (item: $0, position: entry.position) } },
                          hasMore: hasMore)
    }

    func countPages(includeDrafts: Bool) throws -> Int {
        Int(try db.query("SELECT COUNT(*) FROM pages WHERE " + (includeDrafts ? "true" : "status = 'PUBLISHED'")) {
            try $0.int(0)
        }.first ?? 0)
    }

    /// The pages matching `condition` (on `$1`), with their modules: two statements.
    private func load(where condition: String, _ parameter: PostgresValue) throws -> [Page] {
        var pages = try db.query("""
            SELECT id, handle, status, published_at, updated_at, title, seo_title, seo_description FROM pages WHERE \(condition)
            """, [parameter]) { row in
            Page(id: try row.int(0), handle: try row.text(1), title: try text(row, 5), seoTitle: try text(row, 6),
                 seoDescription: try text(row, 7), status: PublicationStatus(rawValue: try row.text(2)) ?? .DRAFT,
                 publishedAt: try row.optionalInt(3).map(Date.init(milliseconds:)), updatedAt: Date(milliseconds: try row.int(4)),
                 modules: [])
        }
        guard !pages.isEmpty else { return [] }
        var modules: [Int64: [ContentModule]] = [:]
        for (pageID, module) in try db.query("""
            SELECT page_id, id, body FROM modules WHERE page_id = ANY($1::bigint[]) ORDER BY page_id, position
            """, [.integerArray(pages.map(\.id))], row: { row in
                (try row.int(0), ContentModule(id: try row.int(1), body: try row.json(ContentModule.Body.self, 2, decoder: decoder)))
            }) {
            modules[pageID, default: []].append(module)
        }
        for index in pages.indices { pages[index].modules = modules[pages[index].id] ?? [] }
        return pages
    }

    private func text(_ row: PostgresRow, _ column: Int32) throws -> LocalizedText {
        try row.json(LocalizedText.self, column, decoder: decoder)
    }
}
