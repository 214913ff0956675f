import Testing
@testable import Commerce

@Suite("Money as integer minor units")
struct MoneyTests {
    @Test("formats minor units as a Decimal string with the currency's digits")
    func formatting() {
        #expect(Money(minorUnits: 2999, currency: .EUR).decimalString == "29.99")
        #expect(Money(minorUnits: 5, currency: .EUR).decimalString == "0.05")
        #expect(Money(minorUnits: 100, currency: .EUR).decimalString == "1.00")
        #expect(Money(minorUnits: -250, currency: .USD).decimalString == "-2.50")
        #expect(Money(minorUnits: 1500, currency: .JPY).decimalString == "1500")
    }

    @Test("parses decimal strings exactly, never through floating point")
    func parsing() {
        #expect(Money.parse("29.99", currency: .EUR)?.minorUnits == 2999)
        #expect(Money.parse("0.1", currency: .EUR)?.minorUnits == 10)
        #expect(Money.parse("30", currency: .EUR)?.minorUnits == 3000)
        #expect(Money.parse("-1.05", currency: .EUR)?.minorUnits == -105)
        #expect(Money.parse("1500", currency: .JPY)?.minorUnits == 1500)
    }

    @Test("refuses what is not a plain decimal", arguments: ["", "1.", ".5", "1.999", "1e3", "abc", "1.2.3", "--1", "1,50", "12345678901234567"])
    func refusals(text: String) {
        #expect(Money.parse(text, currency: .EUR) == nil)
    }

    @Test("discounts round half up and never exceed the subtotal")
    func discounts() {
        let subtotal = Money(minorUnits: 1999, currency: .EUR)
        #expect(DiscountCode(code: "A", kind: .percentage(basisPoints: 1000)).discount(on: subtotal).minorUnits == 200)
        #expect(DiscountCode(code: "B", kind: .fixedAmount(Money(minorUnits: 5000, currency: .EUR))).discount(on: subtotal).minorUnits == 1999)
    }
}
