import Commerce
import ConcordServer
import Foundation

/// The arguments of the commands that work on the configured backends (`seed`, `migrate`, `backup`,
/// `restore`): `--config F` names the backends, and every domain without a block is on SQLite at
/// `--db PATH` (`concord.db` by default); a command may take more options with a value (`--to F`)
/// and flags (`--force`).
struct BackendArguments {
    /// What parsing decided.
    enum Parsed {
        /// Run the command with these arguments.
        case run(BackendArguments)
        /// Stop at once with this exit status (after `--help`, or a wrong argument, already reported).
        case exit(Int32)
    }

    /// A configuration file that cannot be read.
    private struct UnreadableFile: Error, CustomStringConvertible {
        let path: String
        var description: String { "cannot read \(path)" }
    }

    private(set) var databasePath = "concord.db"
    private(set) var configPath: String?
    /// The command's own options with a value, by name (`--to`: path).
    private(set) var values: [String: String] = [:]
    /// The command's own flags given (`--force`).
    private(set) var flags: Set<String> = []

    /// Parses `arguments` for `command`, which also takes the options `values` (each with a path)
    /// and the `flags`; a wrong one is reported on standard error with `usage`.
    static func parse(_ arguments: [String], for command: some CLICommand, usage: String,
                      values: Set<String> = [], flags: Set<String> = []) -> Parsed {
        var parsed = BackendArguments()
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case _ where argument == "--db" || argument == "--config" || values.contains(argument):
                guard let value = rest.popFirst(), !value.hasPrefix("--") else {
                    command.printError("concord \(command.name): \(argument) needs a path")
                    return .exit(2)
                }
                switch argument {
                case "--db": parsed.databasePath = value
                case "--config": parsed.configPath = value
                default: parsed.values[argument] = value
                }
            case _ where flags.contains(argument):
                parsed.flags.insert(argument)
            case "--help", "-h":
                command.printError(usage)
                return .exit(0)
            default:
                command.printError("concord \(command.name): unknown argument \(argument)\n\(usage)")
                return .exit(2)
            }
        }
        return .run(parsed)
    }

    /// The backends the configuration file names, the other domains on SQLite at `databasePath`.
    func configuration() throws -> BackendConfiguration {
        var file = ConfigurationFile()
        if let configPath {
            guard let data = FileManager.default.contents(atPath: configPath) else { throw UnreadableFile(path: configPath) }
            file = try ConfigurationFile.parse(Array(data))
        }
        return file.backends(databasePath: databasePath)
    }
}
