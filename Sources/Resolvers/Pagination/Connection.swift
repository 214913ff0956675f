/// The page information of a connection (`PageInfo`).
public struct PageInfo: Sendable, Hashable {
    /// More items follow.
    public var hasNextPage: Bool
    /// More items precede.
    public var hasPreviousPage: Bool
    /// The first edge's cursor.
    public var startCursor: String?
    /// The last edge's cursor.
    public var endCursor: String?

    /// Creates page information.
    public init(hasNextPage: Bool, hasPreviousPage: Bool, startCursor: String?, endCursor: String?) {
        self.hasNextPage = hasNextPage
        self.hasPreviousPage = hasPreviousPage
        self.startCursor = startCursor
        self.endCursor = endCursor
    }
}

/// An item and its cursor.
public struct Edge<Node: Sendable>: Sendable {
    /// The cursor.
    public var cursor: String
    /// The item.
    public var node: Node

    /// Creates an edge.
    public init(cursor: String, node: Node) {
        self.cursor = cursor
        self.node = node
    }
}

/// A Relay connection: one page of a list. `totalCount` is computed only when asked for.
public struct Connection<Node: Sendable>: Sendable {
    /// The items with cursors.
    public var edges: [Edge<Node>]
    /// Where the page sits.
    public var pageInfo: PageInfo
    /// Counts the whole list (a separate backend call for searches).
    public var totalCount: @Sendable () async throws -> Int

    /// Creates a connection.
    public init(edges: [Edge<Node>], pageInfo: PageInfo, totalCount: @escaping @Sendable () async throws -> Int) {
        self.edges = edges
        self.pageInfo = pageInfo
        self.totalCount = totalCount
    }

    /// The items without cursors.
    public var nodes: [Node] { edges.map { $0.node } }

    /// A connection over a keyset search page.
    public init(page: SearchPage<Node>, window: PageWindow, order: String,
                totalCount: @escaping @Sendable () async throws -> Int) {
        let edges = page.items.map { Edge(cursor: Cursor.encode($0.position, order: order), node: $0.item) }
        let info = PageInfo(
            hasNextPage: window.fromEnd ? window.before != nil : page.hasMore,
            hasPreviousPage: window.fromEnd ? page.hasMore : window.after != nil,
            startCursor: edges.first?.cursor, endCursor: edges.last?.cursor)
        self.init(edges: edges, pageInfo: info, totalCount: totalCount)
    }

    /// A connection over a whole list already in memory (variants, images, cart lines); the cursor is the index.
    public init(slicing items: [Node], arguments: PageArguments, order: String) throws(CommerceError) {
        let window = try arguments.window(order: order)
        let positioned = items.enumerated().map { (item: $0.element, position: SortPosition(value: .int(0), id: Int64($0.offset))) }
        let (slice, hasMore) = window.apply(positioned, descending: false)
        let count = items.count
        self.init(page: SearchPage(items: slice, hasMore: hasMore), window: window, order: order,
                  totalCount: { count })
    }
}
