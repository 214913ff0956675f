import Commerce
import Foundation

/// A write transaction of `SQLiteContentBackend`: lookups and saves on the writer connection, inside
/// the `BEGIN IMMEDIATE` transaction `writeContent` opened. New ids come from a `SQLiteIDCounter`.
final class SQLiteContentTransaction: ContentTransaction {
    private let writer: SQLiteContentReader
    private let encoder: JSONEncoder
    private var db: SQLiteConnection { writer.connection }
    private let ids = SQLiteIDCounter()

    init(writer: SQLiteContentReader, encoder: JSONEncoder) {
        self.writer = writer
        self.encoder = encoder
    }

    func pages(ids: [Int64]) throws -> [Int64: Page] {
        try writer.pages(ids: ids)
    }

    func pages(handles: [String]) throws -> [String: Page] {
        try writer.pages(handles: handles)
    }

    func newPageID() throws -> Int64 { try ids.newID(on: db, in: "pages") }
    func newModuleID() throws -> Int64 { try ids.newID(on: db, in: "modules") }

    func save(_ page: Page) throws {
        let id = SQLiteValue.integer(page.id)
        try db.run("""
            INSERT INTO pages (id, handle, status, published_at, updated_at, title, seo_title, seo_description)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET handle = excluded.handle, status = excluded.status,
                published_at = excluded.published_at, updated_at = excluded.updated_at, title = excluded.title,
                seo_title = excluded.seo_title, seo_description = excluded.seo_description
            """, [id, .text(page.handle), .text(page.status.rawValue), .integer(page.publishedAt?.milliseconds),
                  .integer(page.updatedAt.milliseconds), .text(json(page.title)), .text(json(page.seoTitle)),
                  .text(json(page.seoDescription))])
        try db.run("DELETE FROM modules WHERE page_id = ?", [id])
        for (position, module) in page.modules.enumerated() {
            try db.run("INSERT INTO modules (id, page_id, position, body) VALUES (?, ?, ?, ?)",
                       [.integer(module.id), id, .integer(Int64(position)), .text(json(module.body))])
        }
    }

    private func json<T: Encodable>(_ value: T) -> String {
        (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "null"
    }

    func appendEvent(_ event: WebhookEvent) throws {
        try SQLiteOutbox.append(event, db)
    }
}
