import Commerce
import ConcordServer
import Foundation

/// `concord backup --to FILE [--force] [--config concord.json] [--db PATH]`: a consistent copy of
/// every SQLite store the configuration names, made while servers keep serving and writing it
/// (`StoreBackupPlan`, `SQLiteBackup`). Domains on PostgreSQL are pg_dump's work: they are named on
/// standard error and the command exits 2.
struct BackupCommand: CLICommand {
    let name = "backup"
    let summary = "copy the SQLite stores while the server runs (--to FILE, --force; --config F; --db PATH)"
    private let usage = "usage: concord backup --to FILE [--force] [--config concord.json] [--db PATH]"

    func run(_ arguments: [String]) -> Int32 {
        let parsed: BackendArguments
        switch BackendArguments.parse(arguments, for: self, usage: usage, values: ["--to"], flags: ["--force"]) {
        case .run(let arguments): parsed = arguments
        case .exit(let status): return status
        }
        guard let copy = parsed.values["--to"] else {
            printError("concord backup: --to FILE is required\n\(usage)")
            return 2
        }
        do {
            let outcome = StoreBackupPlan(configuration: try parsed.configuration(), copy: copy)
                .backup(overwrite: parsed.flags.contains("--force"))
            for line in outcome.lines { print(line) }
            for problem in outcome.problems { printError("concord backup: \(problem)") }
            return outcome.status
        } catch {
            printError("concord backup: \(error)")
            return 1
        }
    }
}
