/// The Relay pagination arguments of a connection field, checked: page sizes are capped, cursors are decoded.
public struct PageArguments: Sendable, Hashable {
    /// The largest page any connection returns.
    public static let maximumPageSize = 250

    /// How many items from the start.
    public var first: Int?
    /// Items after this cursor.
    public var after: String?
    /// How many items from the end.
    public var last: Int?
    /// Items before this cursor.
    public var before: String?

    /// Creates arguments as the client sent them.
    public init(first: Int? = nil, after: String? = nil, last: Int? = nil, before: String? = nil) {
        self.first = first
        self.after = after
        self.last = last
        self.before = before
    }

    /// The page size and direction, or a clear error for a missing, negative, doubled or oversized size.
    public func size() throws(CommerceError) -> (limit: Int, fromEnd: Bool) {
        switch (first, last) {
        case (nil, nil):
            throw .badRequest("You must provide one of first or last.")
        case (.some, .some):
            throw .badRequest("Passing both first and last is not supported: provide one of them.")
        case (.some(let count), nil):
            return (try Self.check(count, name: "first"), false)
        case (nil, .some(let count)):
            return (try Self.check(count, name: "last"), true)
        }
    }

    /// The keyset window for a list sorted in the order named `order`.
    public func window(order: String) throws(CommerceError) -> PageWindow {
        let (limit, fromEnd) = try size()
        var window = PageWindow(limit: limit, fromEnd: fromEnd)
        if let after { window.after = try Cursor.decode(after, order: order, argument: "after") }
        if let before { window.before = try Cursor.decode(before, order: order, argument: "before") }
        return window
    }

    private static func check(_ count: Int, name: String) throws(CommerceError) -> Int {
        guard count >= 0 else { throw .badRequest("\(name) must not be negative, but it is \(count).") }
        guard count <= maximumPageSize else {
            throw .badRequest("\(name) is \(count), over the maximum page size of \(maximumPageSize).")
        }
        return count
    }
}
