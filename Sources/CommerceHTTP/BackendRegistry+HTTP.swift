import Commerce

extension BackendRegistry {
    /// Registers `http` for the catalog and content: a service speaking the upstream contract
    /// (`docs/upstream-contract.md`), such as `concord upstream serve`. Options: `url` (required,
    /// `http://HOST:PORT`), `service` (its name in errors and metrics; the domain by default),
    /// `timeoutMs`, `maxConnections`, `maxResponseBytes`, `breakerFailures`, `breakerOpenMs`,
    /// `cacheEntries`. Nothing to migrate; never new, so never seeded. Not for carts (they are written).
    public mutating func registerHTTP() {
        let options: [Option] = [.text("url", required: true), .text("service"), .wholeNumber("timeoutMs", in: 1...60_000),
                                 .wholeNumber("maxConnections", in: 1...1024), .wholeNumber("maxResponseBytes", in: 1024...(1 << 30)),
                                 .wholeNumber("breakerFailures", in: 1...1000), .wholeNumber("breakerOpenMs", in: 1...600_000),
                                 .wholeNumber("cacheEntries", in: 0...10_000_000)]
        // The URL is checked before any domain's store opens; the upstream itself need not be up.
        func preflight(_ domain: String) -> Preflight { { choice, _ in _ = try Self.upstreamOptions(choice, domain: domain) } }
        registerCatalog("http", options: options, preflight: preflight("catalog")) { choice, _ in
            HTTPCatalogBackend(upstream: .shared(try Self.upstreamOptions(choice, domain: "catalog")))
        }
        registerContent("http", options: options, preflight: preflight("content")) { choice, configuration in
            HTTPContentBackend(upstream: .shared(try Self.upstreamOptions(choice, domain: "content")),
                               defaultLocale: configuration.defaultLocale)
        }
    }

    /// The upstream options a domain's `http` block gives.
    static func upstreamOptions(_ choice: BackendConfiguration.Choice, domain: String) throws -> UpstreamOptions {
        let url = try choice.require("url", domain: domain)
        guard let address = UpstreamAddress(url: url) else {
            throw ConfigurationError("\(domain).url must be http://HOST:PORT with an IPv4 host or localhost; got \(url)")
        }
        var options = UpstreamOptions(address: address, service: choice.options["service"] ?? domain)
        if let ms = try choice.integer("timeoutMs", domain: domain, in: 1...60_000) { options.timeout = Double(ms) / 1000 }
        if let count = try choice.integer("maxConnections", domain: domain, in: 1...1024) { options.maxConnections = count }
        if let bytes = try choice.integer("maxResponseBytes", domain: domain, in: 1024...(1 << 30)) { options.maxResponseBytes = bytes }
        if let count = try choice.integer("breakerFailures", domain: domain, in: 1...1000) { options.breakerFailures = count }
        if let ms = try choice.integer("breakerOpenMs", domain: domain, in: 1...600_000) { options.breakerOpenSeconds = Double(ms) / 1000 }
        if let count = try choice.integer("cacheEntries", domain: domain, in: 0...10_000_000) { options.cacheEntries = count }
        return options
    }
}
