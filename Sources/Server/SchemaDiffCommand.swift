import Foundation
import GraphQLCore

/// `concord schema diff OLD.graphql NEW.graphql [--json]`: every change from the old schema to
/// the new one, with graphql-js's change types and descriptions and a level, one per line
/// (`BREAKING FIELD_REMOVED: Product.sku was removed.`) or, with `--json`, as an array of
/// `{level, type, description}`. A count goes to standard error. Exits 1 when any change is
/// breaking, 0 otherwise, and 2 for a usage error, an unreadable file or an invalid schema
/// (`FILE:line:column: message`). `-` reads one of the two from standard input.
struct SchemaDiffCommand {
    private static let usage = "usage: concord schema diff OLD.graphql NEW.graphql [--json]"

    func run(_ arguments: [String]) -> Int32 {
        let json = arguments.contains("--json")
        let paths = arguments.filter { $0 != "--json" }
        if let unknown = paths.first(where: { $0.hasPrefix("--") }) {
            return fail("unknown option \(unknown)\n\(SchemaDiffCommand.usage)")
        }
        guard paths.count == 2 else { return fail(SchemaDiffCommand.usage) }
        guard paths.filter({ $0 == "-" }).count < 2 else { return fail("only one of the schemas can be read from standard input") }
        let oldSchema: GraphQLSchema, newSchema: GraphQLSchema
        switch (SchemaFile.load(paths[0]), SchemaFile.load(paths[1])) {
        case (.success(let old), .success(let new)):
            oldSchema = old; newSchema = new
        case (.failure(let error), _), (_, .failure(let error)):
            return fail(error.message)
        }
        let changes = findSchemaChanges(oldSchema, newSchema)
        let output = json ? jsonLines(changes) : changes.map { "\($0.level.rawValue) \($0.type.name): \($0.description)\n" }.joined()
        FileHandle.standardOutput.write(Data(output.utf8))
        let count = { (level: SchemaChangeLevel) in changes.filter { $0.level == level }.count }
        FileHandle.standardError.write(Data("\(count(.breaking)) breaking, \(count(.dangerous)) dangerous, \(count(.safe)) safe\n".utf8))
        return count(.breaking) > 0 ? 1 : 0
    }

    /// A JSON array with one change object per line.
    private func jsonLines(_ changes: [SchemaChange]) -> String {
        guard !changes.isEmpty else { return "[]\n" }
        let lines = changes.map { change in
            var writer = JSONWriter()
            writer.write(.object(["level": .string(change.level.rawValue), "type": .string(change.type.name),
                                  "description": .string(change.description)]))
            return "  " + String(decoding: writer.bytes, as: UTF8.self)
        }
        return "[\n" + lines.joined(separator: ",\n") + "\n]\n"
    }

    private func fail(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        return 2
    }
}
