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
        let parsed: BackendArguments
        switch BackendArguments.parse(arguments, for: self, usage: usage) {
        case .run(let arguments): parsed = arguments
        case .exit(let status): return status
        }
        let started = Date()
        do {
            let configuration = try parsed.configuration()
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
