import Commerce

extension CommerceService {
    /// Re-reads the configuration while serving: tokens (added, revoked, rotated), scopes, limits,
    /// CORS, cache sizes, status codes and backends. The new configuration is checked and its
    /// backends opened (and new stores seeded) before it takes over; when the backends are
    /// configured as before, the open ones are kept. Requests in flight finish on the deployment
    /// they began on; the next request uses the new one. When `load` or opening fails, nothing
    /// changes and the error is thrown. Either way it is counted in
    /// `concord_config_reloads_total{result}`. The HTTP block (address, timeouts) and the access
    /// log's buffer are read at start only: changing them takes a hand-over to a new process.
    public func reload(_ load: () throws -> ConfigurationFile) throws -> ReloadReport {
        do {
            let report = try reloading.withLock { count throws -> ReloadReport in
                let report = try replaceDeployment(with: try load())
                count += 1
                return report
            }
            metrics.recordReload(ok: true)
            return report
        } catch {
            metrics.recordReload(ok: false)
            throw error
        }
    }

    /// How many reloads have taken over since start.
    public var reloadCount: Int { reloading.withLock { $0 } }

    private func replaceDeployment(with file: ConfigurationFile) throws -> ReloadReport {
        let previous = deployments.current
        let (configuration, demoToken) = Self.withTokens(file, demoToken: previous.demoToken)
        try Self.checkTrustedDocuments(configuration, schema: schema)
        let choices = configuration.backends(databasePath: databasePath)
        let reopened = choices != previous.backendConfiguration
        let opened = reopened ? try Self.open(choices, registry: registry) : nil
        let backends = opened?.backends ?? previous.backends
        let channels = try Self.channelTable(configuration, backends: backends)
        let next = ServiceDeployment(configuration: configuration, demoToken: demoToken, backendConfiguration: choices,
                                     backends: backends, schema: schema, accessLog: accessLog, metrics: metrics,
                                     recoveryInterval: recoveryInterval, channels: channels, replacing: previous)
        deployments.replace(with: next)
        let old = Set(previous.configuration.app.tokens.map(\.name)), new = Set(configuration.app.tokens.map(\.name))
        let oldDigests = Dictionary(previous.configuration.app.tokens.map { ($0.name, $0.digest) }, uniquingKeysWith: { a, _ in a })
        let rotated = configuration.app.tokens.filter { token in oldDigests[token.name].map { $0 != token.digest } ?? false }
        let movedAddress = file.http.host != server.configuration.host
            || (file.http.port != server.configuration.port && file.http.port != 0)
        return ReloadReport(tokens: new.count, added: new.subtracting(old).sorted(), removed: old.subtracting(new).sorted(),
                            rotated: rotated.map { $0.name }.sorted(), backendsReopened: reopened,
                            seeded: opened?.parts ?? [], addressIgnored: movedAddress,
                            trustedDocuments: configuration.app.trustedDocumentsDirectory == nil ? nil : configuration.app.trustedDocuments.count)
    }
}
