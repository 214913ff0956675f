import Foundation
import GraphQLCore

/// `concord format FILE`: prints a GraphQL document (executable or SDL) in the canonical form
/// graphql-js's `print` gives it. A syntax error goes to standard error as
/// `FILE:line:column: Syntax Error: ...` and the exit status is 1. `-` reads standard input.
struct FormatCommand: CLICommand {
    let name = "format"
    let summary = "print a GraphQL document in canonical form (concord format FILE)"

    func run(_ arguments: [String]) -> Int32 {
        guard arguments.count == 1, let path = arguments.first else {
            printError("usage: concord format FILE")
            return 2
        }
        let data: Data?
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            data = FileManager.default.contents(atPath: path)
        }
        guard let data else {
            printError("\(path): cannot read the file")
            return 1
        }
        guard let source = String(data: data, encoding: .utf8) else {
            printError("\(path): not UTF-8 text")
            return 1
        }
        do {
            // A local file is trusted: no token bound, the default nesting bound.
            let document = try parse(source, options: ParseOptions(maxTokens: .max))
            FileHandle.standardOutput.write(Data((document.printed + "\n").utf8))
            return 0
        } catch let error as GraphQLError {
            let location = error.locations.first.map { "\($0.line):\($0.column): " } ?? ""
            printError("\(path):\(location)\(error.message)")
            return 1
        } catch {
            printError("\(path): \(error)")
            return 1
        }
    }
}
