import Commerce
import CommerceSQLite
import Foundation

extension StoreBackupPlan {
    /// What a backup or restore printed and the exit status for it.
    public struct Outcome: Sendable {
        /// One line per file done, for standard output.
        public var lines: [String] = []
        /// Errors and the domains left to other tools, for standard error.
        public var problems: [String] = []
        /// 0 when everything was done; 1 when a file failed (nothing after it was done); 2 when the
        /// SQLite files were done but a domain lives on a backend the command cannot copy.
        public var status: Int32 = 0
    }

    /// Backs up every SQLite file (after checking that no copy would replace a file without
    /// `overwrite`), then notes the other domains. Blocks: not for Swift's cooperative pool.
    public func backup(overwrite: Bool) -> Outcome {
        var outcome = Outcome()
        if !overwrite, let existing = files.first(where: { FileManager.default.fileExists(atPath: $0.copy) }) {
            outcome.problems.append("\(existing.copy) exists; pass --force to replace it")
            outcome.status = 1
            return outcome
        }
        for file in files {
            do {
                outcome.lines.append(String(describing: try SQLiteBackup(source: file.store, destination: file.copy, overwrite: overwrite).run()))
            } catch {
                outcome.problems.append("\(error)")
                outcome.status = 1
                return outcome
            }
        }
        note(&outcome, restoring: false)
        return outcome
    }

    /// Checks every copy, then restores each SQLite file, then notes the other domains. Blocks.
    public func restore() -> Outcome {
        var outcome = Outcome()
        let restores = files.map { SQLiteRestore(source: $0.copy, target: $0.store, domains: $0.domains) }
        do {
            for restore in restores { _ = try restore.check() }
            for restore in restores { outcome.lines.append(String(describing: try restore.run())) }
        } catch {
            outcome.problems.append("\(error)")
            outcome.status = 1
            return outcome
        }
        note(&outcome, restoring: true)
        return outcome
    }

    /// A line for each domain not on SQLite: memory holds nothing on disk; PostgreSQL and the rest
    /// are another tool's work, and make the status 2.
    private func note(_ outcome: inout Outcome, restoring: Bool) {
        let command = restoring ? "concord restore puts back" : "concord backup copies"
        for other in elsewhere {
            switch other.backend {
            case "memory":
                outcome.lines.append("\(other.domain): memory backend, nothing on disk to \(restoring ? "restore" : "back up")")
            case "postgres":
                outcome.problems.append(restoring
                    ? "\(other.domain): on PostgreSQL; \(command) SQLite stores only: restore it with pg_restore from a pg_dump archive (see README, Backup and restore)"
                    : "\(other.domain): on PostgreSQL; \(command) SQLite stores only: back it up with pg_dump, e.g. pg_dump --format=custom --file=\(other.domain).dump \"$DATABASE_URL\" (see README, Backup and restore)")
                outcome.status = outcome.status == 0 ? 2 : outcome.status
            default:
                outcome.problems.append("\(other.domain): on the \(other.backend) backend; \(command) SQLite stores only: use that backend's own tools")
                outcome.status = outcome.status == 0 ? 2 : outcome.status
            }
        }
    }
}
