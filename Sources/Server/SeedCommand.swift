import ConcordServer
import Foundation
import Commerce
import CommerceGraphQL
import CommerceSQLite
import CommerceMemory

/// `concord seed [--db PATH]`: writes the deterministic demo store into a SQLite database.
struct SeedCommand: CLICommand {
    let name = "seed"
    let summary = "write the demo store into a SQLite database (--db PATH, default concord.db)"

    func run(_ arguments: [String]) -> Int32 {
        var path = "concord.db"
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--db":
                guard let value = rest.popFirst(), !value.hasPrefix("--") else {
                    printError("concord seed: --db needs a path")
                    return 2
                }
                path = value
            case "--help", "-h":
                printError("usage: concord seed [--db PATH]")
                return 0
            default:
                printError("concord seed: unknown argument \(argument)\nusage: concord seed [--db PATH]")
                return 2
            }
        }
        let started = Date()
        do {
            let database = path
            let summary = try CommerceService.wait { try await StoreSeeder().seed(into: try CommerceBackends.sqlite(path: database)) }
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            print("Seeded \(path): \(summary.products) products, \(summary.variants) variants, \(summary.collections) collections, \(summary.pages) pages, \(summary.discountCodes) discount codes in \(seconds) s")
            return 0
        } catch {
            printError("concord seed: \(error)")
            return 1
        }
    }
}
