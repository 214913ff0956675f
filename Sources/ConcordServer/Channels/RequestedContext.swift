/// What an operation's `@inContext` asks for, before it is narrowed to the token's channels.
public struct RequestedContext: Sendable, Hashable {
    /// An ISO 3166-1 alpha-2 country code (`GB`), or nil.
    public var country: String?
    /// A BCP 47 language tag (`de-AT`), or nil.
    public var language: String?

    /// Creates a request.
    public init(country: String? = nil, language: String? = nil) {
        self.country = country
        self.language = language
    }

    /// A `LanguageCode` enum value as a BCP 47 tag: `DE` → `de`, `PT_BR` → `pt-BR`.
    public static func languageTag(ofEnumValue value: String) -> String {
        let parts = value.split(separator: "_")
        guard let first = parts.first else { return value }
        return ([first.lowercased()] + parts.dropFirst().map { $0.uppercased() }).joined(separator: "-")
    }
}
