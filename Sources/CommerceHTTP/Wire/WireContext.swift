import Commerce
import Foundation

/// A `CatalogContext` on the wire (`context` in `defs.schema.json`): `{"channel": "web-uk",
/// "currency": "GBP", "stockLocations": ["warehouse"], "languages": ["en"]}`. Every catalog read's
/// request may carry one; without it the upstream reads in its default channel's context.
struct WireContext: Codable, Sendable, Hashable {
    var channel: String
    var currency: String
    var stockLocations: [String]
    var languages: [String]

    /// The most locations or languages a context may name.
    static let maxEntries = 64

    init(_ context: CatalogContext) {
        (channel, currency, stockLocations, languages) = (context.channel, context.currency.rawValue, context.stockLocations, context.languages)
    }

    /// The context, refused when its currency is unknown or it names too much.
    func model() throws -> CatalogContext {
        guard let code = CurrencyCode(rawValue: currency) else { throw UpstreamContractError("unknown currency \(currency)") }
        guard stockLocations.count <= Self.maxEntries, languages.count <= Self.maxEntries else {
            throw UpstreamContractError("a context names at most \(Self.maxEntries) stock locations and languages")
        }
        return CatalogContext(channel: channel, currency: code, stockLocations: stockLocations, languages: languages)
    }

    /// The context of a request body: its own, else the default channel's.
    static func model(_ wire: WireContext?) throws -> CatalogContext {
        try wire?.model() ?? .standard
    }

    /// A text naming the context, for the keys of the caller's caches and batches.
    static func key(_ context: CatalogContext) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? String(decoding: encoder.encode(WireContext(context)), as: UTF8.self)) ?? context.channel
    }
}
