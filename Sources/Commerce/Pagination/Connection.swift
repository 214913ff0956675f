/// The page information of a connection (`PageInfo`). The cursors are encoded only when read:
/// most pages are asked for their items, not for where they end.
public struct PageInfo: Sendable {
    /// More items follow.
    public var hasNextPage: Bool
    /// More items precede.
    public var hasPreviousPage: Bool
    private let start: SortPosition?
    private let end: SortPosition?
    private let order: String

    /// Creates page information from the first and last edges' sort positions.
    public init(hasNextPage: Bool, hasPreviousPage: Bool, start: SortPosition?, end: SortPosition?, order: String) {
        self.hasNextPage = hasNextPage
        self.hasPreviousPage = hasPreviousPage
        self.start = start
        self.end = end
        self.order = order
    }

    /// The first edge's cursor.
    public var startCursor: String? { start.map { Cursor.encode($0, order: order) } }
    /// The last edge's cursor.
    public var endCursor: String? { end.map { Cursor.encode($0, order: order) } }
}

/// An item and its cursor, encoded from its sort position when read.
public struct Edge<Node: Sendable>: Sendable {
    /// The item.
    public var node: Node
    /// Where the item sorts.
    public var position: SortPosition
    /// The ordering the position belongs to (part of the cursor).
    public var order: String

    /// Creates an edge.
    public init(node: Node, position: SortPosition, order: String) {
        self.node = node
        self.position = position
        self.order = order
    }

    /// The cursor.
    public var cursor: String { Cursor.encode(position, order: order) }
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
        let edges = page.items.map { Edge(node: $0.item, position: $0.position, order: order) }
        let info = PageInfo(
            hasNextPage: window.fromEnd ? window.before != nil : page.hasMore,
            hasPreviousPage: window.fromEnd ? page.hasMore : window.after != nil,
            start: edges.first?.position, end: edges.last?.position, order: order)
        self.init(edges: edges, pageInfo: info, totalCount: totalCount)
    }

    /// A connection over a whole list already in memory (variants, images, cart lines); the cursor is the index.
    public init(slicing items: [Node], arguments: PageArguments, order: String) throws(CommerceError) {
        let window = try arguments.window(order: order)
        let count = items.count
        if window.after == nil, window.before == nil, !window.fromEnd {
            // The common `first: n`: the first n items, without positioning the whole list.
            let slice = (0..<min(window.limit, count)).map { (item: items[$0], position: SortPosition(value: .int(0), id: Int64($0))) }
            self.init(page: SearchPage(items: slice, hasMore: count > window.limit), window: window, order: order,
                      totalCount: { count })
            return
        }
        let positioned = items.enumerated().map { (item: $0.element, position: SortPosition(value: .int(0), id: Int64($0.offset))) }
        let (slice, hasMore) = window.apply(positioned, descending: false)
        self.init(page: SearchPage(items: slice, hasMore: hasMore), window: window, order: order,
                  totalCount: { count })
    }
}
