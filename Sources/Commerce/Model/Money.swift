/// An amount of money, held as integer minor units (cents) so it never carries floating point error.
public struct Money: Sendable, Hashable, Codable {
    /// The amount in the currency's minor units, such as 2999 for 29.99 EUR.
    public var minorUnits: Int64
    /// The currency.
    public var currency: CurrencyCode

    /// Creates an amount from minor units.
    public init(minorUnits: Int64, currency: CurrencyCode) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Zero in a currency.
    public static func zero(_ currency: CurrencyCode) -> Money {
        Money(minorUnits: 0, currency: currency)
    }

    /// The amount as the schema's `Decimal`: a string with the currency's fraction digits, such as "29.99".
    public var decimalString: String {
        let digits = currency.fractionDigits
        let magnitude = minorUnits.magnitude
        let sign = minorUnits < 0 ? "-" : ""
        guard digits > 0 else { return sign + String(magnitude) }
        let scale = UInt64(currency.minorUnitsPerMajor)
        var fraction = String(magnitude % scale)
        while fraction.count < digits { fraction = "0" + fraction }
        return "\(sign)\(magnitude / scale).\(fraction)"
    }

    /// Parses a decimal string such as "29.99" or "30" into minor units of `currency`.
    /// Returns nil for anything that is not a plain decimal number with at most the
    /// currency's fraction digits, or that does not fit.
    public static func parse(_ text: String, currency: CurrencyCode) -> Money? {
        var bytes = Array(text.utf8)[...]
        var negative = false
        if bytes.first == UInt8(ascii: "-") { negative = true; bytes = bytes.dropFirst() }
        let parts = bytes.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.count <= 15 else { return nil }
        let fraction = parts.count == 2 ? parts[1] : []
        if parts.count == 2 && fraction.isEmpty { return nil }
        guard fraction.count <= currency.fractionDigits else { return nil }
        var units: Int64 = 0
        for byte in whole {
            guard byte >= 48 && byte <= 57 else { return nil }
            units = units * 10 + Int64(byte - 48)
        }
        var fractionUnits: Int64 = 0
        var scale = currency.minorUnitsPerMajor
        for byte in fraction {
            guard byte >= 48 && byte <= 57 else { return nil }
            scale /= 10
            fractionUnits += Int64(byte - 48) * scale
        }
        let total = units * currency.minorUnitsPerMajor + fractionUnits
        return Money(minorUnits: negative ? -total : total, currency: currency)
    }

    /// The sum of two amounts in the same currency; `amountOutOfRange` instead of overflowing.
    public func adding(_ other: Money) throws(CommerceError) -> Money {
        let (sum, overflow) = minorUnits.addingReportingOverflow(other.minorUnits)
        guard !overflow else { throw .amountOutOfRange("\(decimalString) + \(other.decimalString) \(currency.rawValue) is out of range.") }
        return Money(minorUnits: sum, currency: currency)
    }

    /// The difference of two amounts in the same currency; `amountOutOfRange` instead of overflowing.
    public func subtracting(_ other: Money) throws(CommerceError) -> Money {
        let (difference, overflow) = minorUnits.subtractingReportingOverflow(other.minorUnits)
        guard !overflow else { throw .amountOutOfRange("\(decimalString) - \(other.decimalString) \(currency.rawValue) is out of range.") }
        return Money(minorUnits: difference, currency: currency)
    }

    /// The amount times a quantity; `amountOutOfRange` instead of overflowing.
    public func multiplied(by quantity: Int) throws(CommerceError) -> Money {
        let (product, overflow) = minorUnits.multipliedReportingOverflow(by: Int64(quantity))
        guard !overflow else { throw .amountOutOfRange("\(decimalString) \(currency.rawValue) × \(quantity) is out of range.") }
        return Money(minorUnits: product, currency: currency)
    }

    /// `value × numerator / denominator` rounded half up, in 128 bits so the product cannot
    /// overflow; the result fits whenever `numerator <= denominator` (a share of `value`).
    static func share(of value: Int64, times numerator: Int64, over denominator: Int64) -> Int64 {
        guard denominator > 0 else { return 0 }
        let wide = (Int128(value) * Int128(numerator) * 2 + Int128(denominator)) / (Int128(denominator) * 2)
        return Int64(clamping: wide)
    }

    /// `value × numerator / denominator` rounded down, in 128 bits (see `share`).
    static func proportion(of value: Int64, times numerator: Int64, over denominator: Int64) -> Int64 {
        guard denominator > 0 else { return 0 }
        return Int64(clamping: Int128(value) * Int128(numerator) / Int128(denominator))
    }
}
