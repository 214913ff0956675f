import Commerce
import GraphQLCore

/// A connection of any node type, for the resolvers shared by every `*Connection` type.
/// The lists are returned as the typed arrays they are: the executor reads any array in
/// place, so no `[Any]` copy is made.
protocol AnyConnection {
    var anyEdges: Any { get }
    var anyNodes: Any { get }
    var pageInfo: PageInfo { get }
    func count() async throws -> Int
}

/// An edge of any node type.
protocol AnyEdge {
    var cursor: String { get }
    var anyNode: Any { get }
}

extension Connection: AnyConnection {
    var anyEdges: Any { edges }
    var anyNodes: Any { edges.map { $0.node } }
    func count() async throws -> Int { try await totalCount() }
}

extension Edge: AnyEdge {
    var anyNode: Any { node }
}

extension CommerceSchema {
    static let connectionTypes = ["Product", "ProductVariant", "Image", "Collection", "Page", "CartLine"]

    static func bindConnections(_ schema: GraphQLSchema) throws {
        for type in connectionTypes {
            try schema.bindSource("\(type)Connection.edges", AnyConnection.self) { $0.anyEdges }
            try schema.bindSource("\(type)Connection.nodes", AnyConnection.self) { $0.anyNodes }
            try schema.bindSource("\(type)Connection.pageInfo", AnyConnection.self) { $0.pageInfo }
            try schema.bindAsync("\(type)Connection.totalCount", AnyConnection.self) { connection, _, _ in
                try await backendCall { try await connection.count() }
            }
            try schema.bindSource("\(type)Edge.cursor", AnyEdge.self) { $0.cursor }
            try schema.bindSource("\(type)Edge.node", AnyEdge.self) { $0.anyNode }
        }
        try schema.bindSource("PageInfo.hasNextPage", PageInfo.self) { $0.hasNextPage }
        try schema.bindSource("PageInfo.hasPreviousPage", PageInfo.self) { $0.hasPreviousPage }
        try schema.bindSource("PageInfo.startCursor", PageInfo.self) { $0.startCursor }
        try schema.bindSource("PageInfo.endCursor", PageInfo.self) { $0.endCursor }
    }
}
