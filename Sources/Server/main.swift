// The `concord` command line: `concord <command> [options]`.
// Each command lives in its own file as a `CLICommand`.
import Foundation

let commands: [CLICommand] = [ServeCommand(), ExecCommand(), FormatCommand(), SchemaCommand(), SeedCommand(), MigrateCommand(),
                              BackupCommand(), RestoreCommand(), ReloadCommand(), DocumentsCommand(),
                              UpstreamCommand()]
let arguments = Array(CommandLine.arguments.dropFirst())

if let name = arguments.first, let command = commands.first(where: { $0.name == name }) {
    exit(command.run(Array(arguments.dropFirst())))
}
var usage = "usage: concord <command> [options]\n\ncommands:\n"
for command in commands { usage += "  \(command.name.padding(toLength: 8, withPad: " ", startingAt: 0))  \(command.summary)\n" }
FileHandle.standardError.write(Data(usage.utf8))
exit(arguments.isEmpty || arguments.first == "help" || arguments.first == "--help" ? 0 : 2)
