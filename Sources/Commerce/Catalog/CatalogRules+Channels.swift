extension CatalogRules {
    /// Checks a channel before it is stored: a code of 1 to 64 bytes, at least one language and
    /// one stock location.
    public static func checkChannel(_ channel: Channel) throws(CatalogWriteError) {
        guard !channel.code.isEmpty, channel.code.utf8.count <= 64 else {
            throw .invalidChannelData("A channel needs a code of 1 to 64 bytes; got \"\(channel.code)\".")
        }
        guard !channel.languages.isEmpty else { throw .invalidChannelData("Channel \(channel.code) has no language.") }
        guard !channel.stockLocations.isEmpty else { throw .invalidChannelData("Channel \(channel.code) has no stock location.") }
    }

    /// Checks per-channel rows against what is stored, so that a refused batch writes nothing: every
    /// channel is known and every price is in its channel's currency, every variant, product and
    /// collection exists, no stock is below zero and no compare-at price is in another currency.
    public static func checkChannelData(_ data: ChannelCatalogData, channels: [Channel], existingVariants: Set<Int64>,
                                        existingProducts: Set<Int64>, existingCollections: Set<Int64>) throws(CatalogWriteError) {
        let currencies = Dictionary(channels.map { ($0.code, $0.currency) }, uniquingKeysWith: { first, _ in first })
        for price in data.prices {
            guard let currency = currencies[price.channel] else { throw .unknownChannel(price.channel) }
            guard price.price.currency == currency, price.compareAtPrice.map({ $0.currency == currency }) ?? true else {
                throw .currencyMismatch(channel: price.channel, currency: price.price.currency)
            }
            guard existingVariants.contains(price.variantID) else { throw .variantNotFound(price.variantID) }
        }
        for level in data.stock {
            guard level.quantity >= 0 else {
                throw .invalidChannelData("Stock of variant \(level.variantID) at \(level.location) is below zero: \(level.quantity).")
            }
            guard !level.location.isEmpty else { throw .invalidChannelData("Stock of variant \(level.variantID) names no location.") }
            guard existingVariants.contains(level.variantID) else { throw .variantNotFound(level.variantID) }
        }
        for listing in data.listings {
            guard currencies[listing.channel] != nil else { throw .unknownChannel(listing.channel) }
            guard existingProducts.contains(listing.productID) else { throw .notFound(listing.productID) }
        }
        for translation in data.productTranslations {
            guard !translation.language.isEmpty else { throw .invalidChannelData("A translation of product \(translation.productID) names no language.") }
            guard existingProducts.contains(translation.productID) else { throw .notFound(translation.productID) }
        }
        for translation in data.collectionTranslations {
            guard !translation.language.isEmpty else { throw .invalidChannelData("A translation of collection \(translation.collectionID) names no language.") }
            guard existingCollections.contains(translation.collectionID) else { throw .notFound(translation.collectionID) }
        }
    }

    /// How to take `quantity` units of one variant from `locations` in order, given each
    /// location's units: the first location's first. Nil when they hold fewer in all.
    public static func takePlan(_ quantity: Int, from locations: [String], stock: [String: Int]) -> [(location: String, quantity: Int)]? {
        var left = quantity, plan: [(location: String, quantity: Int)] = []
        for location in uniqued(locations) where left > 0 {
            let taken = min(left, max(0, stock[location] ?? 0))
            if taken > 0 { plan.append((location, taken)); left -= taken }
        }
        return left == 0 ? plan : nil
    }

    /// The locations without repeats, in order.
    public static func uniqued(_ locations: [String]) -> [String] {
        var seen = Set<String>()
        return locations.filter { seen.insert($0).inserted }
    }
}
