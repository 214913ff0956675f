/// The content domain's tables in PostgreSQL: pages, with their texts in every locale as JSON (and
/// the title's locales as an array, for `localization`), and their modules, each body a JSON
/// document. Handles sort byte by byte (`COLLATE "C"`), as `SortPosition` orders text. New ids come
/// from sequences.
enum PostgresContentSchema {
    /// The migrations, in version order.
    static let migrator = PostgresMigrator(domain: "content", migrations: [
        .init(version: 1, sql: """
            CREATE SEQUENCE page_ids;
            CREATE SEQUENCE module_ids;
            CREATE TABLE pages (
                id bigint PRIMARY KEY,
                handle text COLLATE "C" NOT NULL UNIQUE,
                status text NOT NULL,
                published_at bigint,
                updated_at bigint NOT NULL,
                title text NOT NULL,
                seo_title text NOT NULL,
                seo_description text NOT NULL,
                locales text[] NOT NULL);
            CREATE INDEX pages_status ON pages (status, handle, id);
            CREATE INDEX pages_handle ON pages (handle, id);
            CREATE TABLE modules (
                id bigint PRIMARY KEY,
                page_id bigint NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
                position integer NOT NULL,
                body text NOT NULL);
            CREATE INDEX modules_page ON modules (page_id, position);
            """),
    ])
}
