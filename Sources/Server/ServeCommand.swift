import ConcordServer
import Foundation

/// `concord serve [--host 127.0.0.1] [--port 8080] [--config concord.json] [--db concord.db]
/// [--pid-file F] [--take-over F]`: serves the commerce API, the explorer, health, readiness and
/// metrics until SIGTERM or SIGINT, or until a new process took its listening socket over
/// (`--take-over F` of the one started with `--pid-file F`) and its connections are finished.
/// It seeds the demo store into every new store the configuration names (a SQLite file that does
/// not exist yet, a memory backend). With no tokens configured it runs the demo: it makes a
/// storefront token, which it prints and pre-fills in the explorer.
struct ServeCommand: CLICommand {
    let name = "serve"
    let summary = "serve the API and the explorer (--host, --port, --config, --db, --pid-file, --take-over)"

    func run(_ arguments: [String]) -> Int32 {
        StandardOutput.useLineBuffering()
        do {
            let options = try ServeOptions.parse(arguments)
            var file = try Self.configuration(options)
            // `schema.graphql`, compiled into the binary: `concord serve` runs from any folder.
            let sdl = SchemaFile.embeddedSDL
            // Taking over: the old process's listening socket, not a new one; the old one serves on
            // until this one is ready, and is told so (`confirm`) only then.
            let takeOver = try options.takeOverPath.map { try TakeOver(pidFile: $0) }
            if let takeOver { file.http.listener = takeOver.listener }
            if takeOver == nil, let pidFile = options.pidFilePath, let running = TakeOver.runningServer(pidFile: pidFile) {
                throw ServerConfigurationError("process \(running) serves with --pid-file \(pidFile); replace it with --take-over \(pidFile)")
            }
            let service = try CommerceService(configuration: file, databasePath: options.databasePath, schemaSDL: sdl)
            if let seeded = service.seeded {
                let parts = service.seededParts
                print("seeded \(SeedReport.destination(service.backendConfiguration, parts)): \(SeedReport.counts(seeded, parts))")
            }
            service.server.handleSignals()
            let log: @Sendable (String) -> Void = { line in FileHandle.standardError.write(Data(("concord serve: " + line + "\n").utf8)) }
            if let takeOver {
                do {
                    try takeOver.confirm()
                    log("took the listener over from process \(takeOver.oldProcess)")
                } catch {
                    log("\(error); serving anyway")
                }
            }
            // The pid file and the control socket, for `concord reload` and the next hand-over.
            let control = try options.writtenPidFile.map { try HandOverControl(pidFile: $0, server: service.server, log: log) }
            takeOver?.finish()
            // SIGHUP reads the configuration again (`concord reload`); the service logs what changed.
            let reloader = HangUpReloader(service, load: { try Self.configuration(options) }, log: log)
            // Printed last: once these lines are out, the pid file and control socket exist and
            // SIGHUP reloads (scripts and tests wait for them).
            let host = file.http.host == "0.0.0.0" ? "127.0.0.1" : file.http.host
            print("explorer: http://\(host):\(service.server.port)/")
            print("graphql: http://\(host):\(service.server.port)\(file.app.graphQLPath)")
            if let token = service.demoToken { print("storefront token: \(token)") }
            if let directory = file.trustedDocumentsDirectory(configPath: options.configPath) {
                print("trusted documents: \(file.app.trustedDocuments.count) from \(directory)")
            }
            service.waitUntilStopped()
            withExtendedLifetime(reloader) {}
            control?.close()
            if control?.isHandedOver == true { log("handed over; connections finished, exiting") }
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
}
