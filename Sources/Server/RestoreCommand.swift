import Commerce
import ConcordServer
import Foundation

/// `concord restore --from FILE [--config concord.json] [--db PATH]`: puts a `concord backup` copy
/// back in place of every SQLite store the configuration names, with the servers stopped. The copy
/// must pass `PRAGMA integrity_check` and hold each domain's schema at a version this build knows; a
/// store that a server or command has open (its `.lock` file is held) is left alone. Domains on
/// PostgreSQL are pg_restore's work: named on standard error, exit 2.
struct RestoreCommand: CLICommand {
    let name = "restore"
    let summary = "put a backup back, servers stopped (--from FILE; --config F; --db PATH)"
    private let usage = "usage: concord restore --from FILE [--config concord.json] [--db PATH]"

    func run(_ arguments: [String]) -> Int32 {
        let parsed: BackendArguments
        switch BackendArguments.parse(arguments, for: self, usage: usage, values: ["--from"]) {
        case .run(let arguments): parsed = arguments
        case .exit(let status): return status
        }
        guard let copy = parsed.values["--from"] else {
            printError("concord restore: --from FILE is required\n\(usage)")
            return 2
        }
        do {
            let outcome = StoreBackupPlan(configuration: try parsed.configuration(), copy: copy).restore()
            for line in outcome.lines { print(line) }
            for problem in outcome.problems { printError("concord restore: \(problem)") }
            return outcome.status
        } catch {
            printError("concord restore: \(error)")
            return 1
        }
    }
}
