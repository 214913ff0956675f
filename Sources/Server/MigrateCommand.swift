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
        var path = "concord.db"
        var configPath: String?
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--db", "--config":
                guard let value = rest.popFirst(), !value.hasPrefix("--") else {
                    printError("concord migrate: \(argument) needs a path")
                    return 2
                }
                if argument == "--db" { path = value } else { configPath = value }
            case "--help", "-h":
                printError(usage)
                return 0
            default:
                printError("concord migrate: unknown argument \(argument)\n\(usage)")
                return 2
            }
        }
        do {
            var file = ConfigurationFile()
            if let configPath {
                guard let data = FileManager.default.contents(atPath: configPath) else {
                    printError("concord migrate: cannot read \(configPath)")
                    return 1
                }
                file = try ConfigurationFile.parse(Array(data))
            }
            let configuration = file.backends(databasePath: path)
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
