/// The LISTEN/NOTIFY channel of one domain's store: `concord_<domain>_<12 hex digits of the md5 of
/// the current schema>`, so that the stores of two schemas of one database (and two databases: a
/// channel never crosses databases) never wake each other. Short enough for any schema name.
enum PostgresChangeChannel {
    /// The SQL expression naming the channel of the domain given as `$1`, on the connection's schema.
    private static let name = "'concord_' || $1::text || '_' || left(md5(coalesce(current_schema(), '')), 12)"

    /// Inside a write transaction: tells every listener of `domain`'s channel, once the transaction
    /// commits, that public data may have changed (a rolled back transaction tells nobody; several
    /// notices of one transaction arrive as one).
    static func notify(_ domain: String, on db: PostgresConnection) throws {
        try db.run("SELECT pg_notify(\(name), '')", [.text(domain)])
    }

    /// Starts listening on `domain`'s channel on `db`.
    static func listen(_ domain: String, on db: PostgresConnection) throws {
        guard let channel = try db.query("SELECT \(name)", [.text(domain)], row: { try $0.text(0) }).first,
              channel.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            throw PostgresError(.client, message: "The change channel of \(domain) could not be named.")
        }
        try db.execute("LISTEN \"\(channel)\"")
    }
}
