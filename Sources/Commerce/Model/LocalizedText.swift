/// A text in several locales, read with fallback to the default locale.
public struct LocalizedText: Sendable, Hashable, Codable, ExpressibleByDictionaryLiteral {
    /// The text per locale, such as `["en": "Sale", "de": "Angebote"]`.
    public var values: [String: String]

    /// Creates a text from locale-value pairs.
    public init(_ values: [String: String]) { self.values = values }

    /// Creates a text from a dictionary literal.
    public init(dictionaryLiteral elements: (String, String)...) {
        values = Dictionary(elements, uniquingKeysWith: { _, last in last })
    }

    /// The text in `locale`, else in its language (`de` for `de-AT`), else in `defaultLocale`,
    /// else in any locale (the alphabetically first), else nil.
    public func resolve(_ locale: String, defaultLocale: String) -> String? {
        if let value = values[locale] { return value }
        if let dash = locale.firstIndex(of: "-"), let value = values[String(locale[..<dash])] { return value }
        if let value = values[defaultLocale] { return value }
        return values.keys.sorted().first.flatMap { values[$0] }
    }

    /// Sets the text in one locale, keeping the others.
    public mutating func set(_ value: String?, locale: String) {
        values[locale] = value
    }
}
