import ConcordServer
import Foundation
import Commerce

/// `concord migrate [--config concord.json] [--db PATH]`: brings every configured domain's store up to
/// date with this build's schema (every domain without a block, or every domain without `--config`,
/// on SQLite at `--db`), opens nothing else, prints what it did per domain, and exits. A store that
/// cannot be opened (a server that does not answer, a wrong password, a newer schema) stops it
/// before any domain is migrated. `concord
/// serve` does the same at start; this runs it alone, before servers start or while they are stopped.
struct MigrateCommand: CLICommand {
    let name = "migrate"
    let summary = "run the configured backends' schema migrations and exit (--config F; --db PATH, default concord.db)"
    private let usage = "usage: concord migrate [--config concord.json] [--db PATH]"

    func run(_ arguments: [String]) -> Int32 {
        let parsed: BackendArguments
        switch BackendArguments.parse(arguments, for: self, usage: usage) {
        case .run(let arguments): parsed = arguments
        case .exit(let status): return status
        }
        do {
            let configuration = try parsed.configuration()
            for (domain, migration) in try BackendRegistry.standard.migrate(configuration) {
                if let migration {
                    print("\(domain): \(migration.place): \(migration.summary)")
                } else {
                    print("\(domain): \(configuration[domain].backend): no schema to migrate")
                }
            }
            return 0
        } catch {
            printError("concord migrate: \(error)")
            return 1
        }
    }
}
