/// A currency by its ISO 4217 code (`CurrencyCode` in the schema).
public enum CurrencyCode: String, Sendable, Hashable, Codable, CaseIterable {
    case EUR, USD, GBP, CHF, DKK, SEK, PLN, JPY

    /// How many digits follow the decimal point in an amount of this currency.
    public var fractionDigits: Int {
        switch self {
        case .JPY: return 0
        default: return 2
        }
    }

    /// The number of minor units in one major unit (100 for EUR, 1 for JPY).
    public var minorUnitsPerMajor: Int64 {
        var result: Int64 = 1
        for _ in 0..<fractionDigits { result *= 10 }
        return result
    }
}
