import Commerce
import CSQLite
import Foundation

/// Whether a file is a Concord SQLite store this build can serve: a SQLite database that passes
/// `PRAGMA integrity_check` and records, in `schema_migrations`, a schema for each domain asked
/// about at a version this build knows (the same or older: serving it migrates it up).
public enum SQLiteStoreCheck {
    /// The newest schema version of each domain this build knows.
    public static var knownVersions: [BackendConfiguration.Domain: Int] {
        [.catalog: SQLiteCatalogSchema.migrator.migrations.last?.version ?? 0,
         .content: SQLiteContentBackend.migrator.migrations.last?.version ?? 0,
         .carts: SQLiteCartBackend.migrator.migrations.last?.version ?? 0]
    }

    /// Checks the file at `path` for `domains`, changing nothing in it; returns each domain's schema
    /// version, in the order asked.
    public static func verify(_ path: String, domains: [BackendConfiguration.Domain]) throws -> [(domain: BackendConfiguration.Domain, version: Int)] {
        guard FileManager.default.fileExists(atPath: path) else { throw SQLiteBackupError("\(path) does not exist") }
        do {
            let file = try SQLiteFile(path: path, mode: .readOnly)
            if let problems = try file.integrityProblems() {
                throw SQLiteBackupError("\(path) fails PRAGMA integrity_check: \(problems)")
            }
            guard try !file.texts("SELECT name FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").isEmpty else {
                throw SQLiteBackupError("\(path) is not a Concord store: it has no schema_migrations table")
            }
            let recorded = try file.texts("SELECT domain || ' ' || MAX(version) FROM schema_migrations GROUP BY domain")
            var versions: [String: Int] = [:]
            for row in recorded {
                let parts = row.split(separator: " ")
                if parts.count == 2, let version = Int(parts[1]) { versions[String(parts[0])] = version }
            }
            return try domains.map { domain in
                guard let version = versions[domain.rawValue], version > 0 else {
                    throw SQLiteBackupError("\(path) holds no \(domain) schema; it is not a backup of a store that serves the \(domain)")
                }
                let known = knownVersions[domain] ?? 0
                guard version <= known else {
                    throw SQLiteBackupError("\(path) has the \(domain) schema at version \(version), newer than this build knows (\(known)); restore it with the Concord that made it")
                }
                return (domain, version)
            }
        } catch let error as SQLiteError {
            if error.code == SQLITE_NOTADB { throw SQLiteBackupError("\(path) is not a SQLite database") }
            throw SQLiteBackupError("cannot read \(path): \(error.message)")
        }
    }
}
