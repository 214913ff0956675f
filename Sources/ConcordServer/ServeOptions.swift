/// The options of `concord serve`: `[--host 127.0.0.1] [--port 8080] [--config concord.json] [--db concord.db]
/// [--pid-file F] [--take-over F]`.
public struct ServeOptions: Sendable, Equatable {
    /// `--host`: the address to bind, when given.
    public var host: String?
    /// `--port`: the port to bind, when given.
    public var port: Int?
    /// `--config`: the configuration file, when given.
    public var configPath: String?
    /// `--db`: the SQLite file of every domain the configuration gives no block (all of them by
    /// default), created and seeded when missing.
    public var databasePath = "concord.db"
    /// `--pid-file`: where the process writes its id; beside it, `F.sock` is the control socket
    /// through which a new process takes the listener over.
    public var pidFilePath: String?
    /// `--take-over`: the pid file of the running `concord serve` whose listening socket this one
    /// takes over (and whose pid file it then writes, unless `--pid-file` names another).
    public var takeOverPath: String?

    /// The pid file this process writes, if any: `--pid-file`, or else the one it takes over.
    public var writtenPidFile: String? { pidFilePath ?? takeOverPath }

    /// No options.
    public init() {}

    /// Reads the arguments after `serve`; the error is the message to print.
    public static func parse(_ arguments: [String]) throws(ServerConfigurationError) -> ServeOptions {
        var options = ServeOptions()
        var index = 0
        while index < arguments.count {
            let option = arguments[index]
            var value: String
            if let eq = option.firstIndex(of: "="), option.hasPrefix("--") {
                value = String(option[option.index(after: eq)...])
                index += 1
                try options.apply(String(option[..<eq]), value)
                continue
            }
            guard ["--host", "--port", "--config", "--db", "--pid-file", "--take-over"].contains(option) else {
                throw ServerConfigurationError("unknown option \(option)")
            }
            guard index + 1 < arguments.count else { throw ServerConfigurationError("\(option) needs a value") }
            value = arguments[index + 1]
            index += 2
            try options.apply(option, value)
        }
        return options
    }

    private mutating func apply(_ option: String, _ value: String) throws(ServerConfigurationError) {
        switch option {
        case "--host": host = value
        case "--port":
            guard let port = Int(value), (0...65535).contains(port) else { throw ServerConfigurationError("invalid port \(value)") }
            self.port = port
        case "--config": configPath = value
        case "--db": databasePath = value
        case "--pid-file", "--take-over":
            guard !value.isEmpty else { throw ServerConfigurationError("\(option) needs a file name") }
            if option == "--pid-file" { pidFilePath = value } else { takeOverPath = value }
        default: throw ServerConfigurationError("unknown option \(option)")
        }
    }
}
