import Commerce

/// INTERIM: the seeded demo store's three channels, written out here until the catalog backends
/// list their channels (`channels()`, issue 13's data side). At that merge this type goes, and
/// `CommerceService.channelDirectory(for:)` reads the catalog backend's list instead. It must equal
/// the seed's channels until then.
public struct InterimSeedChannels: ChannelDirectory {
    /// Creates the directory.
    public init() {}

    /// `web-eu`, `kiosk-berlin` and `web-uk`, as the seed writes them.
    public func channels() -> [Channel] { Self.list }

    /// The list, for callers that cannot wait (tests, an application built without a service).
    public static let list: [Channel] = [
        Channel(code: "web-eu", name: "Web shop, euro area", currency: .EUR, languages: ["en", "de"],
                countries: ["DE", "AT", "BE", "ES", "FI", "FR", "IE", "IT", "LU", "NL", "PT"], stockLocations: ["warehouse"]),
        Channel(code: "kiosk-berlin", name: "Berlin store kiosk", currency: .EUR, languages: ["de"], countries: ["DE"],
                stockLocations: ["berlin-store"]),
        Channel(code: "web-uk", name: "Web shop, United Kingdom", currency: .GBP, languages: ["en"], countries: ["GB"],
                stockLocations: ["warehouse"]),
    ]
}
