import ConcordServer
import Commerce

/// How `concord serve` and `concord seed` say what a seed wrote and where.
enum SeedReport {
    /// Where the seeded parts went: the file when they all went to one SQLite file (`concord.db`),
    /// otherwise each domain's backend (`catalog and carts in sqlite concord.db, content in memory`).
    static func destination(_ configuration: BackendConfiguration, _ parts: StoreSeeder.Parts) -> String {
        let domains = BackendConfiguration.Domain.allCases.filter { parts.contains(StoreSeeder.Parts([$0])) }
        let places = domains.map { place(configuration[$0]) }
        if let first = places.first, places.allSatisfy({ $0 == first }), configuration[domains[0]].backend == "sqlite",
           let path = configuration[domains[0]].options["path"] {
            return path
        }
        var groups: [(place: String, domains: [String])] = []
        for (domain, place) in zip(domains, places) {
            if let index = groups.firstIndex(where: { $0.place == place }) {
                groups[index].domains.append(domain.rawValue)
            } else {
                groups.append((place, [domain.rawValue]))
            }
        }
        return groups.map { "\(list($0.domains)) in \($0.place)" }.joined(separator: ", ")
    }

    /// What was written: `500 products, 20 collections, 5 pages, 5 discount codes`, for the parts seeded.
    static func counts(_ summary: StoreSeeder.Summary, _ parts: StoreSeeder.Parts) -> String {
        var pieces: [String] = []
        if parts.contains(.catalog) { pieces += ["\(summary.products) products", "\(summary.collections) collections"] }
        if parts.contains(.content) { pieces.append("\(summary.pages) pages") }
        if parts.contains(.carts) { pieces.append("\(summary.discountCodes) discount codes") }
        return pieces.joined(separator: ", ")
    }

    /// A backend and its `path`, if it has one: `sqlite concord.db`, `memory`.
    private static func place(_ choice: BackendConfiguration.Choice) -> String {
        choice.options["path"].map { "\(choice.backend) \($0)" } ?? choice.backend
    }

    /// `catalog`, `catalog and carts`, `catalog, content and carts`.
    private static func list(_ names: [String]) -> String {
        names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
