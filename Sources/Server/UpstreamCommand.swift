import Commerce
import CommerceHTTP
import ConcordServer
import Foundation
import HTTPServer

/// `concord upstream serve [--config F] [--db PATH] [--host 127.0.0.1] [--port 9001] [--max-age S]
/// [--stale-if-error S]`: serves the configured catalog and content backends over the upstream
/// contract (`docs/upstream-contract.md`), so that other servers compose them with the `http`
/// backend. A new store (memory, a SQLite file not there yet) gets the demo catalog and content.
/// Answers carry `Cache-Control: max-age=S` (default 0) and `stale-if-error=S` (default 300).
/// Prints `upstream: http://HOST:PORT` once it listens; runs until SIGTERM or SIGINT.
struct UpstreamCommand: CLICommand {
    let name = "upstream"
    let summary = "serve the catalog and content over the upstream contract (serve --config F --port P)"
    private let usage = "usage: concord upstream serve [--config F] [--db PATH] [--host H] [--port P] [--max-age S] [--stale-if-error S]"

    func run(_ arguments: [String]) -> Int32 {
        StandardOutput.useLineBuffering()
        guard arguments.first == "serve" else {
            printError(usage)
            return arguments.isEmpty || arguments.first == "--help" ? 0 : 2
        }
        let parsed: BackendArguments
        let values: Set<String> = ["--host", "--port", "--max-age", "--stale-if-error"]
        switch BackendArguments.parse(Array(arguments.dropFirst()), for: self, usage: usage, values: values) {
        case .run(let arguments): parsed = arguments
        case .exit(let status): return status
        }
        do {
            let configuration = try parsed.configuration()
            let registry = BackendRegistry.standard
            let fresh = registry.newDomains(configuration).intersection([.catalog, .content])
            let backends = try registry.makeBackends(configuration)
            if !fresh.isEmpty {
                _ = try CommerceService.wait { try await StoreSeeder().seed(into: backends, parts: StoreSeeder.Parts(fresh)) }
            }
            let service = UpstreamService(catalog: backends.catalog, content: backends.content,
                                          maxAge: try seconds(parsed, "--max-age", default: 0),
                                          staleIfError: try seconds(parsed, "--stale-if-error", default: 300))
            let http = HTTPServerConfiguration(host: parsed.values["--host"] ?? "127.0.0.1",
                                               port: try seconds(parsed, "--port", default: 9001))
            let server = HTTPServer(configuration: http, handler: service.handler)
            try server.start()
            server.handleSignals()
            print("upstream: http://\(http.host):\(server.port)")
            server.waitUntilStopped()
            return 0
        } catch {
            printError("concord upstream serve: \(error)")
            return 1
        }
    }

    /// A whole-number option from 0 to 65535.
    private func seconds(_ parsed: BackendArguments, _ option: String, default value: Int) throws -> Int {
        guard let text = parsed.values[option] else { return value }
        guard let number = Int(text), (0...65_535).contains(number) else {
            throw ServerConfigurationError("\(option) must be a whole number from 0 to 65535; got \(text)")
        }
        return number
    }
}
