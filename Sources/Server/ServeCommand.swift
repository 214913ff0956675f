import ConcordServer
import Foundation

/// `concord serve [--host 127.0.0.1] [--port 8080] [--config concord.json] [--db concord.db]`:
/// serves the commerce API, the explorer, health, readiness and metrics until SIGTERM or SIGINT.
/// It seeds the demo store into every new store the configuration names (a SQLite file that does
/// not exist yet, a memory backend). With no tokens configured it runs the demo: it makes a
/// storefront token, which it prints and pre-fills in the explorer.
struct ServeCommand: CLICommand {
    let name = "serve"
    let summary = "serve the API and the explorer (--host, --port, --config, --db)"

    func run(_ arguments: [String]) -> Int32 {
        setvbuf(stdout, nil, _IOLBF, 0)
        do {
            let options = try ServeOptions.parse(arguments)
            let file = try Self.configuration(options)
            let service = try CommerceService(configuration: file, databasePath: options.databasePath, schemaSDL: try schemaSDL())
            if let seeded = service.seeded {
                let parts = service.seededParts
                print("seeded \(SeedReport.destination(service.backendConfiguration, parts)): \(SeedReport.counts(seeded, parts))")
            }
            let host = file.http.host == "0.0.0.0" ? "127.0.0.1" : file.http.host
            print("explorer: http://\(host):\(service.server.port)/")
            print("graphql: http://\(host):\(service.server.port)\(file.app.graphQLPath)")
            if let token = service.demoToken { print("storefront token: \(token)") }
            if let directory = file.trustedDocumentsDirectory(configPath: options.configPath) {
                print("trusted documents: \(file.app.trustedDocuments.count) from \(directory)")
            }
            service.server.handleSignals()
            // SIGHUP reads the configuration again (`concord reload`); the service logs what changed.
            let reloader = HangUpReloader(service, load: { try Self.configuration(options) },
                                          log: { line in FileHandle.standardError.write(Data(("concord serve: " + line + "\n").utf8)) })
            service.waitUntilStopped()
            withExtendedLifetime(reloader) {}
            return 0
        } catch {
            printError("concord serve: \(error)")
            return 1
        }
    }

    /// The configuration file `--config` names (the defaults without one), with `--host` and
    /// `--port` over it: read at start and again on each reload.
    private static func configuration(_ options: ServeOptions) throws -> ConfigurationFile {
        var file = ConfigurationFile()
        if let path = options.configPath {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ServerConfigurationError("cannot read \(path)")
            }
            file = try ConfigurationFile.parse(Array(data))
        }
        try file.loadTrustedDocuments(configPath: options.configPath)
        if let host = options.host { file.http.host = host }
        if let port = options.port { file.http.port = port }
        return file
    }

    /// `schema.graphql`, from the working directory or a folder above the executable.
    private func schemaSDL() throws -> String {
        guard let path = SchemaLocator.path(), let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ServerConfigurationError("schema.graphql not found; run concord serve from the checkout")
        }
        return text
    }
}
