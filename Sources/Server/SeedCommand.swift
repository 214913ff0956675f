import Dispatch
import Foundation
import Resolvers

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
        let outcome = SeedOutcome()
        let done = DispatchSemaphore(value: 0)
        let started = Date()
        Task {
            do {
                let backends = try CommerceBackends.sqlite(path: path)
                outcome.set(.success(try await StoreSeeder().seed(into: backends)))
            } catch {
                outcome.set(.failure(error))
            }
            done.signal()
        }
        done.wait()
        switch outcome.get() {
        case .success(let summary):
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            print("Seeded \(path): \(summary.products) products, \(summary.variants) variants, \(summary.collections) collections, \(summary.pages) pages, \(summary.discountCodes) discount codes in \(seconds) s")
            return 0
        case .failure(let error):
            printError("concord seed: \(error)")
            return 1
        case nil:
            return 1
        }
    }
}

/// The seed's result, handed from the task to the waiting command.
private final class SeedOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<StoreSeeder.Summary, Error>?

    func set(_ value: Result<StoreSeeder.Summary, Error>) { lock.withLock { result = value } }
    func get() -> Result<StoreSeeder.Summary, Error>? { lock.withLock { result } }
}
