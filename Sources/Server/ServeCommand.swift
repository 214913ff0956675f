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
            var file = ConfigurationFile()
            if let path = options.configPath {
                guard let data = FileManager.default.contents(atPath: path) else {
                    printError("concord serve: cannot read \(path)")
                    return 1
                }
                file = try ConfigurationFile.parse(Array(data))
            }
            if let host = options.host { file.http.host = host }
            if let port = options.port { file.http.port = port }
            let service = try CommerceService(configuration: file, databasePath: options.databasePath, schemaSDL: try schemaSDL())
            if let seeded = service.seeded {
                let parts = service.seededParts
                print("seeded \(SeedReport.destination(service.backendConfiguration, parts)): \(SeedReport.counts(seeded, parts))")
            }
            let host = file.http.host == "0.0.0.0" ? "127.0.0.1" : file.http.host
            print("explorer: http://\(host):\(service.server.port)/")
            print("graphql: http://\(host):\(service.server.port)\(file.app.graphQLPath)")
            if let token = service.demoToken { print("storefront token: \(token)") }
            service.server.handleSignals()
            service.waitUntilStopped()
            return 0
        } catch {
            printError("concord serve: \(error)")
            return 1
        }
    }

    /// `schema.graphql`, from the working directory or a folder above the executable.
    private func schemaSDL() throws -> String {
        var candidates = [FileManager.default.currentDirectoryPath + "/schema.graphql"]
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            candidates.append(folder.appendingPathComponent("schema.graphql").path)
            folder = folder.deletingLastPathComponent()
        }
        for path in candidates {
            if let text = try? String(contentsOfFile: path, encoding: .utf8) { return text }
        }
        throw ServerConfigurationError("schema.graphql not found; run concord serve from the checkout")
    }
}
