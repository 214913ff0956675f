extension Storefront {
    /// The prices of variants in a channel, in its currency: the one function carts are priced
    /// with (views, totals, checkout, a move to another channel). A variant the channel does not
    /// price (or a channel this request may not use) is missing from the answer, and its line is
    /// not shown. In the request's own channel the prices come from its batch loader; in another
    /// allowed channel (a cart moving there) from one catalog read in that channel's context.
    func variantPrices(_ ids: [Int64], in channel: String, currency: CurrencyCode) async throws(CommerceError) -> [Int64: ChannelPrice] {
        if let source = session?.prices {
            return try await backendCall { try await source.prices(of: ids, channel: channel, currency: currency) }
        }
        guard session != nil else { return try await storePrices(ids, currency: currency) }
        guard let target = self.channel(coded: channel) else { return [:] }
        let found: [Int64: ProductVariant]
        if target.code == context.channel.code {
            found = try await backendCall { try await variants.loadMany(ids) }
        } else {
            let catalog = backends.catalog
            found = try await backendCall { try await catalog.variants(ids: ids, in: CatalogContext(target)) }
        }
        var prices: [Int64: ChannelPrice] = [:]
        for (id, variant) in found where variant.price.currency == currency {
            prices[id] = ChannelPrice(price: variant.price,
                                      compareAtPrice: variant.compareAtPrice?.currency == currency ? variant.compareAtPrice : nil)
        }
        return prices
    }

    /// Without channels (library use) the store's price list, in the default channel, is in
    /// `settings.currency`, as it always was.
    private func storePrices(_ ids: [Int64], currency: CurrencyCode) async throws(CommerceError) -> [Int64: ChannelPrice] {
        let found = try await backendCall { try await variants.loadMany(ids) }
        var prices: [Int64: ChannelPrice] = [:]
        for (id, variant) in found {
            prices[id] = ChannelPrice(price: Money(minorUnits: variant.price.minorUnits, currency: currency),
                                      compareAtPrice: variant.compareAtPrice.map { Money(minorUnits: $0.minorUnits, currency: currency) })
        }
        return prices
    }

    /// The channel with `code` among those this request may use (its own first), or nil.
    func channel(coded code: String) -> Channel? {
        if code == context.channel.code { return context.channel }
        return session?.allowed.first { $0.code == code }
    }

    /// The channel and currency new carts of this request are created in.
    var cartChannel: (code: String, currency: CurrencyCode) {
        guard let context = session?.requested else { return (Channel.defaultCode, settings.currency) }
        return (context.channel.code, context.currency)
    }
}
