/// A cart with its variants and prices: what `Cart` resolves from.
public struct CartView: Sendable {
    /// The stored cart.
    public var cart: Cart
    /// The lines whose variant still exists, with prices.
    public var lines: [CartLineView]
    /// The totals.
    public var cost: CartCost
    /// Each code entered, whether it applies and why not.
    public var discountCodes: [DiscountApplication]

    /// The global id.
    public var id: String { GlobalID(type: "Cart", key: cart.id).encoded }
    /// Units across the shown lines (at most `Int.max`, whatever is stored).
    public var totalQuantity: Int { Cart.saturatingSum(lines.map(\.line.quantity)) }
    /// OPEN or COMPLETED (a cart being checked out shows as OPEN).
    public var status: CartStatus { cart.status == .COMPLETED ? .COMPLETED : .OPEN }
}

/// A cart line with its variant and prices.
public struct CartLineView: Sendable {
    /// The stored line.
    public var line: CartLine
    /// The cart's key, for the line's global id.
    public var cartKey: String
    /// The variant.
    public var variant: ProductVariant
    /// The price of one unit in the cart's channel.
    public var unitPrice: Money
    /// The former price of one unit in the cart's channel, when reduced.
    public var compareAtUnitPrice: Money?
    /// The line's subtotal.
    public var subtotal: Money
    /// The line's total after its share of the discounts.
    public var total: Money

    /// The global id: the cart's key and the line, so a line id alone reveals no cart.
    public var id: String { GlobalID(type: "CartLine", key: "\(cartKey).\(line.id)").encoded }
}

/// A cart's totals (`CartCost`); prices include tax.
public struct CartCost: Sendable, Hashable {
    /// Sum of the lines.
    public var subtotal: Money
    /// Taken off by applicable codes.
    public var discount: Money
    /// Tax included in the total.
    public var tax: Money
    /// What the buyer pays.
    public var total: Money
}

extension Storefront {
    /// The view of a stored cart: one variant batch for all its lines, one discount-code call when it
    /// has codes. Every amount is overflow-checked: a stored price beyond the bounds makes this
    /// throw `amountOutOfRange`, never trap.
    func view(_ cart: Cart) async throws(CommerceError) -> CartView {
        let ids = cart.lines.map(\.variantID)
        let found = try await backendCall { try await variants.loadMany(ids) }
        // Every amount in the cart's own currency, from one price call: lines and totals never mix.
        let currency = session == nil ? settings.currency : cart.currency
        let prices = try await variantPrices(ids, in: cart.channel, currency: currency)
        var lines: [CartLineView] = []
        var subtotal = Money.zero(currency)
        for line in cart.lines {
            guard let variant = found[line.variantID], let price = prices[line.variantID], price.price.currency == currency else { continue }
            let amount = try price.price.multiplied(by: line.quantity)
            subtotal = try subtotal.adding(amount)
            lines.append(CartLineView(line: line, cartKey: cart.id, variant: variant, unitPrice: price.price,
                                      compareAtUnitPrice: price.compareAtPrice, subtotal: amount, total: amount))
        }
        var codes: [DiscountApplication] = []
        var discount = Money.zero(currency)
        if !cart.discountCodes.isEmpty {
            let known = try await backendCall { try await backends.carts.discountCodes(codes: cart.discountCodes) }
            (codes, discount) = DiscountSelection.apply(cart.discountCodes, known: known, subtotal: subtotal, now: now())
        }
        distribute(discount, over: &lines, subtotal: subtotal)
        let total = try subtotal.subtracting(discount)
        return CartView(cart: cart, lines: lines,
                        cost: CartCost(subtotal: subtotal, discount: discount, tax: includedTax(in: total), total: total),
                        discountCodes: codes)
    }

    /// The tax included in a tax-inclusive amount: amount × rate / (1 + rate), rounded half up
    /// (in 128 bits: the tax is less than the amount, so it always fits).
    func includedTax(in amount: Money) -> Money {
        let rate = Int64(max(settings.taxRateBasisPoints, 0))
        return Money(minorUnits: Money.share(of: amount.minorUnits, times: rate, over: 10_000 + rate), currency: amount.currency)
    }

    /// Shares the discount over the lines in proportion to their subtotals; the last line takes the rounding.
    private func distribute(_ discount: Money, over lines: inout [CartLineView], subtotal: Money) {
        guard discount.minorUnits > 0, subtotal.minorUnits > 0 else { return }
        var left = discount.minorUnits
        for index in lines.indices {
            let share = index == lines.count - 1
                ? left : Money.proportion(of: discount.minorUnits, times: lines[index].subtotal.minorUnits, over: subtotal.minorUnits)
            left -= share
            lines[index].total.minorUnits = lines[index].subtotal.minorUnits - share
        }
    }
}
