import Commerce

/// Walks one keyset-paginated list (products, collections or pages in one order) through every kind of
/// window, and checks each answer against the order the kit expects: whole, forward by `after`,
/// backward by `before` from the end, a range between two positions, an empty window.
/// Positions go through a cursor and back, as a client's would.
struct KitPaging<Item: Sendable> {
    let check: BackendKitCheck
    /// The list, for messages, such as "products by TITLE reversed".
    let list: String
    /// Whether the list runs highest first.
    let descending: Bool
    let fetch: (PageWindow) async throws -> SearchPage<Item>
    let id: (Item) -> Int64
    /// Names of ids, for messages.
    let names: ([Int64]) -> [String]

    /// Checks the list against `expected` ids; pages of `pageSize` when walking it.
    func verify(_ expected: [Int64], pageSize: Int) async throws {
        let whole = try await page(PageWindow(limit: expected.count + 5), "the whole list")
        try same(whole.ids, expected, "the whole list")
        try check.equal(whole.hasMore, false, "\(list): hasMore of the whole list")
        for (a, b) in zip(whole.positions, whole.positions.dropFirst()) {
            try check.expect(a.precedes(b, descending: descending),
                             "\(list): the positions must follow the list's order, but \(a) comes before \(b)")
        }
        if !expected.isEmpty {
            try check.equal(try await page(PageWindow(limit: expected.count), "exactly all").hasMore, false,
                            "\(list): hasMore of a window exactly as long as the list")
            try check.equal(try await page(PageWindow(limit: expected.count - 1), "all but one").hasMore, true,
                            "\(list): hasMore of a window one shorter than the list")
        }
        try await forward(expected, pageSize: pageSize)
        try await backward(expected, pageSize: pageSize)
        try await ranges(expected, positions: whole.positions)
    }

    private func forward(_ expected: [Int64], pageSize: Int) async throws {
        var window = PageWindow(limit: pageSize), seen: [Int64] = []
        for _ in 0...expected.count {
            let page = try await page(window, "forward after \(seen.count) items")
            seen += page.ids
            try check.equal(page.hasMore, seen.count < expected.count, "\(list): hasMore forward after \(seen.count) items")
            guard page.hasMore, let last = page.positions.last else { break }
            try check.equal(page.ids.count, pageSize, "\(list): a page followed by more is full")
            window.after = try Self.roundTrip(last)
        }
        try same(seen, expected, "pages forward of \(pageSize)")
    }

    private func backward(_ expected: [Int64], pageSize: Int) async throws {
        var window = PageWindow(limit: pageSize, fromEnd: true), seen: [Int64] = []
        for _ in 0...expected.count {
            let page = try await page(window, "backward before the last \(seen.count) items")
            seen = page.ids + seen
            try check.equal(page.hasMore, seen.count < expected.count, "\(list): hasMore backward with \(seen.count) items seen")
            guard page.hasMore, let first = page.positions.first else { break }
            try check.equal(page.ids.count, pageSize, "\(list): a page with more before it is full")
            window.before = try Self.roundTrip(first)
        }
        try same(seen, expected, "pages backward of \(pageSize)")
    }

    private func ranges(_ expected: [Int64], positions: [SortPosition]) async throws {
        let empty = try await page(PageWindow(limit: 0), "a window of 0")
        try same(empty.ids, [], "a window of 0")
        try check.equal(empty.hasMore, !expected.isEmpty, "\(list): hasMore of a window of 0")
        guard let first = positions.first, let last = positions.last else { return }
        let after = try await page(PageWindow(after: try Self.roundTrip(last), limit: 5), "after the last")
        try check.expect(after.ids.isEmpty && !after.hasMore, "\(list): nothing comes after the last item, got \(names(after.ids))")
        let before = try await page(PageWindow(before: try Self.roundTrip(first), limit: 5, fromEnd: true), "before the first")
        try check.expect(before.ids.isEmpty && !before.hasMore, "\(list): nothing comes before the first item, got \(names(before.ids))")
        guard expected.count >= 4 else { return }
        let inner = Array(expected[1..<(expected.count - 1)])
        let between = PageWindow(after: try Self.roundTrip(first), before: try Self.roundTrip(last), limit: expected.count)
        let range = try await page(between, "between the first and the last")
        try same(range.ids, inner, "the window between the first and the last item")
        try check.equal(range.hasMore, false, "\(list): hasMore between the first and the last")
        var tail = between
        (tail.limit, tail.fromEnd) = (2, true)
        let end = try await page(tail, "the last 2 between the first and the last")
        try same(end.ids, Array(inner.suffix(2)), "the last 2 of the window between the first and the last item")
        try check.equal(end.hasMore, inner.count > 2, "\(list): hasMore of the last 2 between the first and the last")
    }

    /// One window's ids, positions and hasMore; checks the window's limit and that each position names its item.
    private func page(_ window: PageWindow, _ what: String) async throws -> (ids: [Int64], positions: [SortPosition], hasMore: Bool) {
        let page = try await fetch(window)
        let ids = page.items.map { id($0.item) }
        try check.expect(ids.count <= window.limit, "\(list), \(what): \(ids.count) items for a window of \(window.limit)")
        try check.equal(page.items.map(\.position.id), ids, "\(list), \(what): the positions' ids")
        return (ids, page.items.map(\.position), page.hasMore)
    }

    private func same(_ actual: [Int64], _ expected: [Int64], _ what: String, file: String = #fileID, line: Int = #line) throws {
        if actual != expected {
            throw check.failure("\(list), \(what): expected \(names(expected)), got \(names(actual))", file: file, line: line)
        }
    }

    /// A position as a client hands it back: encoded in a cursor and decoded.
    static func roundTrip(_ position: SortPosition) throws -> SortPosition {
        try Cursor.decode(Cursor.encode(position, order: "kit"), order: "kit", argument: "after")
    }
}
