import Foundation
import GraphQLCore

/// Reads an SDL file (`-` is standard input; pipes and `<(…)` work) and builds its schema, or builds
/// the `schema.graphql` compiled into the binary.
enum SchemaFile {
    static func load(_ path: String) -> Result<GraphQLSchema, SchemaFileError> {
        let handle = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path)
        guard let handle, let data = try? handle.readToEnd() ?? Data() else {
            return .failure(SchemaFileError(message: "\(path): cannot read the file"))
        }
        guard let source = String(data: data, encoding: .utf8) else {
            return .failure(SchemaFileError(message: "\(path): not UTF-8 text"))
        }
        return build(source, named: path)
    }

    /// The schema built into the binary: `schema.graphql` as it was when `concord` was built.
    static func embedded() -> Result<GraphQLSchema, SchemaFileError> {
        build(embeddedSDL, named: "schema.graphql (built in)")
    }

    /// The SDL of `schema.graphql`, compiled into the binary.
    static var embeddedSDL: String { String(decoding: PackageResources.schema_graphql, as: UTF8.self) }

    /// Builds the schema of `source`; errors name `path` and their line and column.
    private static func build(_ source: String, named path: String) -> Result<GraphQLSchema, SchemaFileError> {
        do {
            // A local file is trusted: no token bound, the default nesting bound.
            return .success(try buildASTSchema(parse(source, options: ParseOptions(maxTokens: .max))))
        } catch let error as GraphQLError {
            return .failure(SchemaFileError(message: located(error, in: path)))
        } catch let error as SchemaValidationError {
            return .failure(SchemaFileError(message: error.errors.map { located($0, in: path) }.joined(separator: "\n")))
        } catch {
            return .failure(SchemaFileError(message: "\(path): \(error)"))
        }
    }

    /// `FILE:line:column: message`, or `FILE: message` for an error without a location.
    private static func located(_ error: GraphQLError, in path: String) -> String {
        let location = error.locations.first.map { "\($0.line):\($0.column): " } ?? " "
        return "\(path):\(location)\(error.message)"
    }
}
