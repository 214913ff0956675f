import Foundation
import GraphQLCore

/// `concord exec`: runs one document against a schema built from SDL, with a JSON root value
/// and the default resolvers; the engine's test and benchmark entry point.
///
///     concord exec --schema S.graphql --root R.json --query Q.graphql
///                  [--variables V.json] [--operation NAME] [--repeat N]
///
/// Prints the response JSON on stdout and exits 0, errors in the response included; exits 2
/// only for unusable arguments or input files. With `--repeat N`, runs parse, validate and
/// execute N more times after the first run and prints their mean times to stderr.
struct ExecCommand: CLICommand {
    let name = "exec"
    let summary = "run a GraphQL document against an SDL schema and a JSON root value"

    private struct Options {
        var schema: String?
        var root: String?
        var query: String?
        var variables: String?
        var operation: String?
        var repeatCount = 0
    }

    private struct UsageError: Error {
        let message: String
    }

    private static let usage = "usage: concord exec --schema S.graphql --root R.json --query Q.graphql [--variables V.json] [--operation NAME] [--repeat N]"

    func run(_ arguments: [String]) -> Int32 {
        do {
            let options = try parseOptions(arguments)
            guard let schemaPath = options.schema, let rootPath = options.root, let queryPath = options.query else {
                throw UsageError(message: "--schema, --root and --query are required\n\(ExecCommand.usage)")
            }
            let schema: GraphQLSchema
            do {
                schema = try buildSchema(try readText(schemaPath))
            } catch let error as UsageError {
                throw error
            } catch {
                throw UsageError(message: "\(schemaPath): invalid schema: \(error)")
            }
            let root = try readJSON(rootPath)
            let query = try readText(queryPath)
            var variables = JSONObject()
            if let variablesPath = options.variables {
                switch try readJSON(variablesPath) {
                case .object(let object): variables = object
                case .null: break
                default: throw UsageError(message: "\(variablesPath): the variables must be a JSON object")
                }
            }
            let response = graphqlSync(schema: schema, source: query, rootValue: root, variableValues: variables,
                                       operationName: options.operation).json
            if options.repeatCount > 0 {
                measure(schema: schema, root: root, query: query, variables: variables, operation: options.operation,
                        runs: options.repeatCount)
            }
            FileHandle.standardOutput.write(Data(response + [UInt8(ascii: "\n")]))
            return 0
        } catch let error as UsageError {
            printError("concord exec: \(error.message)")
            return 2
        } catch {
            printError("concord exec: \(error)")
            return 2
        }
    }

    /// Runs parse, validate and execute `runs` times (nothing reused but the schema) and
    /// prints the mean time of each phase.
    private func measure(schema: GraphQLSchema, root: JSON, query: String, variables: JSONObject, operation: String?, runs: Int) {
        var parseTime = 0.0, validateTime = 0.0, executeTime = 0.0
        var sink = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<runs {
            let t0 = DispatchTime.now().uptimeNanoseconds
            let document = try? parse(query)
            let t1 = DispatchTime.now().uptimeNanoseconds
            parseTime += Double(t1 - t0)
            guard let document else { continue }
            let errors = validate(schema: schema, document: document)
            let t2 = DispatchTime.now().uptimeNanoseconds
            validateTime += Double(t2 - t1)
            guard errors.isEmpty else { continue }
            let response = PreparedDocument(document, schema: schema)
                .executeSync(rootValue: root, variableValues: variables, operationName: operation).json
            sink &+= response.count
            executeTime += Double(DispatchTime.now().uptimeNanoseconds - t2)
        }
        let total = Double(DispatchTime.now().uptimeNanoseconds - start)
        func perOp(_ nanoseconds: Double) -> String { String(format: "%.1f", nanoseconds / 1000 / Double(runs)) }
        printError("parse \(perOp(parseTime)) us, validate \(perOp(validateTime)) us, execute \(perOp(executeTime)) us, total \(perOp(total)) us per op (\(runs) runs)")
        if sink < 0 { printError("") }  // keeps the responses from being optimized away
    }

    private func parseOptions(_ arguments: [String]) throws -> Options {
        var options = Options()
        var index = 0
        while index < arguments.count {
            let flag = arguments[index]
            guard index + 1 < arguments.count else { throw UsageError(message: "\(flag) needs a value\n\(ExecCommand.usage)") }
            let value = arguments[index + 1]
            switch flag {
            case "--schema": options.schema = value
            case "--root": options.root = value
            case "--query": options.query = value
            case "--variables": options.variables = value
            case "--operation": options.operation = value
            case "--repeat":
                guard let count = Int(value), count >= 0 else { throw UsageError(message: "--repeat needs a count, got \"\(value)\"") }
                options.repeatCount = count
            default: throw UsageError(message: "unknown option \(flag)\n\(ExecCommand.usage)")
            }
            index += 2
        }
        return options
    }

    private func readBytes(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageError(message: "\(path): cannot read the file")
        }
        return [UInt8](data)
    }

    private func readText(_ path: String) throws -> String {
        String(decoding: try readBytes(path), as: UTF8.self)
    }

    private func readJSON(_ path: String) throws -> JSON {
        do {
            return try JSONParser.parse(bytes: try readBytes(path))
        } catch let error as JSONParser.ParseError {
            throw UsageError(message: "\(path): invalid JSON: \(error)")
        }
    }
}
