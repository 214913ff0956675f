import Foundation

/// `concord schema <subcommand>`: tools for schema files. Its one subcommand is `diff`
/// (`SchemaDiffCommand`).
struct SchemaCommand: CLICommand {
    let name = "schema"
    let summary = "compare two SDL schemas (concord schema diff OLD.graphql NEW.graphql [--json])"

    func run(_ arguments: [String]) -> Int32 {
        guard arguments.first == "diff" else {
            printError("usage: concord schema diff OLD.graphql NEW.graphql [--json]")
            return 2
        }
        return SchemaDiffCommand().run(Array(arguments.dropFirst()))
    }
}
