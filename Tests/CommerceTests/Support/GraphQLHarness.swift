import Foundation
import GraphQLCore
import Testing
@testable import Commerce
@testable import CommerceGraphQL

/// Runs GraphQL documents in process against `schema.graphql` bound to a fixture's backends.
enum GraphQLHarness {
    /// The repository's schema.graphql.
    static let sdl: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("schema.graphql"), encoding: .utf8)) ?? ""
    }()

    /// The executable schema, built once.
    static let schema: GraphQLSchema = {
        do { return try CommerceSchema.build(sdl: sdl) } catch { fatalError("schema.graphql does not build: \(error)") }
    }()

    /// Parses, validates and executes `query` with a fresh storefront; returns the whole response as JSON.
    static func run(_ query: String, variables: JSONObject = [:], store: Storefront) async throws -> JSON {
        let document = try parse(query)
        let errors = validate(schema: schema, document: document)
        guard errors.isEmpty else { return .object(["errors": .array(errors.map { .string($0.message) })]) }
        let result = await PreparedDocument(document, schema: schema).execute(contextValue: store, variableValues: variables)
        return try JSONParser.parse(bytes: result.json)
    }
}

extension JSON {
    /// The value at a path of object keys and list indices ("data.products.edges.0.node").
    subscript(path: String) -> JSON? {
        var current: JSON? = self
        for part in path.split(separator: ".") {
            switch current {
            case .object(let object)?: current = object[String(part)]
            case .array(let items)?: current = Int(part).flatMap { items.indices.contains($0) ? items[$0] : nil }
            default: return nil
            }
        }
        return current
    }

    var stringValue: String? { if case .string(let value) = self { return value } else { return nil } }
    var intValue: Int? { if case .int(let value) = self { return value } else { return nil } }
    var boolValue: Bool? { if case .bool(let value) = self { return value } else { return nil } }
    var arrayValue: [JSON] { if case .array(let items) = self { return items } else { return [] } }
}
