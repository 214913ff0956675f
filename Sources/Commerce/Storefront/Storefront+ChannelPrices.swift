extension Storefront {
    /// The prices of variants in a channel, in its currency: the one function carts are priced
    /// with (views, totals, checkout, a move to another channel). A variant the channel does not
    /// price is missing from the answer, and its line is not shown.
    ///
    /// The catalog keeps one price list today, in the store's currency; a channel in another
    /// currency prices nothing from it. Prices per channel come with the catalog's context-aware
    /// reads (issue 13's data side), which replace the body below and nothing else.
    func variantPrices(_ ids: [Int64], in channel: String, currency: CurrencyCode) async throws(CommerceError) -> [Int64: ChannelPrice] {
        if let source = session?.prices {
            return try await backendCall { try await source.prices(of: ids, channel: channel, currency: currency) }
        }
        let found = try await backendCall { try await variants.loadMany(ids) }
        var prices: [Int64: ChannelPrice] = [:]
        // Without channels (library use) the store's one price list is in `settings.currency`, as it always was.
        for (id, variant) in found where session == nil || variant.price.currency == currency {
            guard session != nil else {
                prices[id] = ChannelPrice(price: Money(minorUnits: variant.price.minorUnits, currency: currency),
                                          compareAtPrice: variant.compareAtPrice.map { Money(minorUnits: $0.minorUnits, currency: currency) })
                continue
            }
            prices[id] = ChannelPrice(price: variant.price,
                                      compareAtPrice: variant.compareAtPrice?.currency == currency ? variant.compareAtPrice : nil)
        }
        return prices
    }

    /// The channel and currency new carts of this request are created in.
    var cartChannel: (code: String, currency: CurrencyCode) {
        guard let context = session?.requested else { return (Channel.defaultCode, settings.currency) }
        return (context.channel.code, context.currency)
    }
}
