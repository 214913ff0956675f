import Foundation
import HTTPServer

/// `concord serve [--host 127.0.0.1] [--port 8080]`: runs the HTTP server until SIGTERM or SIGINT.
struct ServeCommand: CLICommand {
    let name = "serve"
    let summary = "serve HTTP (--host, --port)"

    func run(_ arguments: [String]) -> Int32 {
        var configuration = HTTPServerConfiguration(host: "127.0.0.1", port: 8080)
        var index = 0
        while index < arguments.count {
            let option = arguments[index]
            guard index + 1 < arguments.count else {
                printError("concord serve: \(option) needs a value")
                return 2
            }
            let value = arguments[index + 1]
            switch option {
            case "--port":
                guard let port = Int(value), (0...65535).contains(port) else {
                    printError("concord serve: invalid port \(value)")
                    return 2
                }
                configuration.port = port
            case "--host":
                configuration.host = value
            default:
                printError("concord serve: unknown option \(option)")
                return 2
            }
            index += 2
        }
        setvbuf(stdout, nil, _IOLBF, 0)
        let server = HTTPServer(configuration: configuration, handler: .sync { request in
            request.path == "/healthz" ? HTTPResponse(text: "ok\n") : HTTPResponse(status: 404, text: "not found\n")
        })
        do {
            try server.start()
            print("listening on http://\(configuration.host):\(server.port)/")
            server.handleSignals()
            server.waitUntilStopped()
            return 0
        } catch {
            printError("concord serve: \(error)")
            return 1
        }
    }
}
