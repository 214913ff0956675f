import ConcordServer
import Foundation
import Commerce
import CommerceSQLite

/// `concord seed [--db PATH] [--config concord.json]`: writes the deterministic demo store into the
/// backends the configuration names (every domain without a block, or every domain without
/// `--config`, on SQLite at `--db`).
struct SeedCommand: CLICommand {
    let name = "seed"
    let summary = "write the demo store into the configured backends (--config F; --db PATH, default concord.db)"
    private let usage = "usage: concord seed [--db PATH] [--config concord.json]"

    func run(_ arguments: [String]) -> Int32 {
        var path = "concord.db"
        var configPath: String?
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--db", "--config":
                guard let value = rest.popFirst(), !value.hasPrefix("--") else {
                    printError("concord seed: \(argument) needs a path")
                    return 2
                }
                if argument == "--db" { path = value } else { configPath = value }
            case "--help", "-h":
                printError(usage)
                return 0
            default:
                printError("concord seed: unknown argument \(argument)\n\(usage)")
                return 2
            }
        }
        let started = Date()
        do {
            var file = ConfigurationFile()
            if let configPath {
                guard let data = FileManager.default.contents(atPath: configPath) else {
                    printError("concord seed: cannot read \(configPath)")
                    return 1
                }
                file = try ConfigurationFile.parse(Array(data))
            }
            let configuration = file.backends(databasePath: path)
            let summary = try CommerceService.wait { try await StoreSeeder().seed(into: try BackendRegistry.standard.makeBackends(configuration)) }
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            print("Seeded \(SeedReport.destination(configuration, .all)): \(summary.products) products, \(summary.variants) variants, \(summary.collections) collections, \(summary.pages) pages, \(summary.discountCodes) discount codes in \(seconds) s")
            return 0
        } catch {
            printError("concord seed: \(error)")
            return 1
        }
    }
}
