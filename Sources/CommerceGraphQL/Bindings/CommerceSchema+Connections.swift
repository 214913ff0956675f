import Commerce
import GraphQLCore

extension CommerceSchema {
    static func bindConnections(_ binder: CommerceBinder) throws {
        try bindConnection(binder, "Product", Product.self)
        try bindConnection(binder, "ProductVariant", ProductVariant.self)
        try bindConnection(binder, "Image", Image.self)
        try bindConnection(binder, "Collection", Collection.self)
        try bindConnection(binder, "Page", PageView.self)
        try bindConnection(binder, "CartLine", CartLineView.self)
        try binder.bindSource(PageInfo.self, "PageInfo.hasNextPage") { $0.hasNextPage }
        try binder.bindSource(PageInfo.self, "PageInfo.hasPreviousPage") { $0.hasPreviousPage }
        try binder.bindSource(PageInfo.self, "PageInfo.startCursor") { $0.startCursor }
        try binder.bindSource(PageInfo.self, "PageInfo.endCursor") { $0.endCursor }
    }

    /// The fields of `<type>Connection` and `<type>Edge`, whose values are a `Connection<Node>`
    /// and its `Edge<Node>`s.
    private static func bindConnection<Node: GraphQLOutput & Sendable>(_ binder: CommerceBinder, _ type: String, _ node: Node.Type) throws {
        try binder.bindSource(Connection<Node>.self, "\(type)Connection.edges") { $0.edges }
        try binder.bindSource(Connection<Node>.self, "\(type)Connection.nodes") { $0.edges.map(\.node) }
        try binder.bindSource(Connection<Node>.self, "\(type)Connection.pageInfo") { $0.pageInfo }
        try binder.bindAwaiting(Connection<Node>.self, "\(type)Connection.totalCount") { connection, _, _ in
            try await backendCall { try await connection.totalCount() }
        }
        try binder.bindSource(Edge<Node>.self, "\(type)Edge.cursor") { $0.cursor }
        try binder.bindSource(Edge<Node>.self, "\(type)Edge.node") { $0.node }
    }
}
