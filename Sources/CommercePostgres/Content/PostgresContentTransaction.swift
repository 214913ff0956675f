import Commerce

/// A write transaction of `PostgresContentBackend`: lookups and saves on one connection, inside the
/// transaction `writeContent` opened (which holds the content's write lock, so no other content write
/// runs meanwhile). New ids come from the content's sequences.
final class PostgresContentTransaction: ContentTransaction {
    private let reader: PostgresContentReader
    private var db: PostgresConnection { reader.db }

    init(_ db: PostgresConnection) {
        reader = PostgresContentReader(db)
    }

    func pages(ids: [Int64]) throws -> [Int64: Page] {
        try reader.pages(ids: ids)
    }

    func pages(handles: [String]) throws -> [String: Page] {
        try reader.pages(handles: handles)
    }

    func newPageID() throws -> Int64 { try db.nextValue(of: "page_ids") }
    func newModuleID() throws -> Int64 { try db.nextValue(of: "module_ids") }

    func save(_ page: Page) throws {
        let id = PostgresValue.integer(page.id)
        try db.run("""
            INSERT INTO pages (id, handle, status, published_at, updated_at, title, seo_title, seo_description, locales)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text[])
            ON CONFLICT (id) DO UPDATE SET handle = EXCLUDED.handle, status = EXCLUDED.status,
                published_at = EXCLUDED.published_at, updated_at = EXCLUDED.updated_at, title = EXCLUDED.title,
                seo_title = EXCLUDED.seo_title, seo_description = EXCLUDED.seo_description, locales = EXCLUDED.locales
            """, [id, .text(page.handle), .text(page.status.rawValue), .integer(page.publishedAt?.milliseconds),
                  .integer(page.updatedAt.milliseconds), .text(try PostgresJSON.encode(page.title)),
                  .text(try PostgresJSON.encode(page.seoTitle)), .text(try PostgresJSON.encode(page.seoDescription)),
                  .textArray(page.locales)])
        try db.run("DELETE FROM modules WHERE page_id = $1", [id])
        guard !page.modules.isEmpty else { return }
        try db.run("""
            INSERT INTO modules (id, page_id, position, body)
            SELECT m.id, $1, m.position - 1, m.body FROM unnest($2::bigint[], $3::text[]) WITH ORDINALITY AS m (id, body, position)
            """, [id, .integerArray(page.modules.map(\.id)), .textArray(try page.modules.map { try PostgresJSON.encode($0.body) })])
    }

    func appendEvent(_ event: WebhookEvent) throws {
        try PostgresOutbox.append(event, db)
    }
}
