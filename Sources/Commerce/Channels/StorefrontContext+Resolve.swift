import Foundation

extension StorefrontContext {
    /// Shopify's `@inContext` semantics within the channels a token may use (`allowed`, its home
    /// channel first, never empty):
    /// - a `country` the home channel sells to keeps the home channel; one another allowed channel
    ///   sells to picks that channel (the first in the token's order); any other country, or none,
    ///   falls back to the home channel's default country;
    /// - a `language` (BCP 47, `de-AT`) is matched against the channel's languages through its chain
    ///   `de-AT → de`; none of them, or none asked, falls back to the channel's default language.
    ///
    /// Codes are compared without regard to case; the result spells them as the channel does.
    public static func resolve(allowed: [Channel], country: String?, language: String?) -> StorefrontContext {
        precondition(!allowed.isEmpty, "a token has at least its home channel")
        let home = allowed[0]
        var channel = home
        var chosenCountry = home.countries.first ?? ""
        if let country {
            if let match = home.countries.first(where: { same($0, country) }) {
                chosenCountry = match
            } else if let other = allowed.dropFirst().first(where: { $0.countries.contains { same($0, country) } }) {
                channel = other
                chosenCountry = other.countries.first { same($0, country) } ?? chosenCountry
            }
        }
        return inChannel(channel, country: chosenCountry, language: language)
    }

    /// The context of `channel` for a buyer in `country`, in `language` as far as the channel has it.
    public static func inChannel(_ channel: Channel, country: String, language: String?) -> StorefrontContext {
        let chosen = language.flatMap { asked in chain(of: asked).lazy.compactMap { want in channel.languages.first { same($0, want) } }.first }
            ?? channel.languages.first ?? "en"
        var languages: [String] = []
        for candidate in chain(of: chosen) + channel.languages where !languages.contains(where: { same($0, candidate) }) {
            languages.append(candidate)
        }
        return StorefrontContext(channel: channel, country: country, language: chosen, languages: languages)
    }

    /// A language and the languages it falls back to by dropping subtags: `de-AT-x` → `de-AT` → `de`.
    static func chain(of language: String) -> [String] {
        var parts = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        var chain: [String] = []
        while !parts.isEmpty {
            chain.append(parts.joined(separator: "-"))
            parts.removeLast()
        }
        return chain
    }

    private static func same(_ a: String, _ b: String) -> Bool { a.caseInsensitiveCompare(b) == .orderedSame }
}
