extension Channel {
    /// The demo store's channels (`StoreSeeder` writes them): the EU web shop, the Berlin store's
    /// kiosk and the UK web shop. The first is the default channel.
    public static let seeded: [Channel] = [
        Channel(code: "web-eu", name: "EU web shop", currency: .EUR, languages: ["en", "de"],
                countries: ["DE", "AT", "FR", "NL", "BE", "IT", "ES"], stockLocations: [StockLevel.defaultLocation]),
        Channel(code: "kiosk-berlin", name: "Berlin store kiosk", currency: .EUR, languages: ["de"],
                countries: ["DE"], stockLocations: ["berlin-store"]),
        Channel(code: "web-uk", name: "UK web shop", currency: .GBP, languages: ["en"],
                countries: ["GB"], stockLocations: [StockLevel.defaultLocation]),
    ]

    /// The default channel, `web-eu`: what a request gets whose token names no channel.
    public static var standard: Channel { seeded[0] }
}
