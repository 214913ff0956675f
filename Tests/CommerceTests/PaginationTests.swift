import Testing
@testable import Commerce

@Suite("Global ids, cursors and page arguments")
struct PaginationTests {
    @Test("global ids are opaque, stable and round-trip")
    func globalIDs() {
        let id = GlobalID(type: "Product", id: 42)
        #expect(id.encoded == "Z2lkOi8vY29uY29yZC9Qcm9kdWN0LzQy")
        #expect(GlobalID(decoding: id.encoded) == id)
        #expect(GlobalID.numeric(id.encoded, type: "Product") == 42)
        #expect(GlobalID.numeric(id.encoded, type: "Collection") == nil)
        #expect(GlobalID(decoding: "not an id") == nil)
        #expect(GlobalID(decoding: "Z2lkOi8vb3RoZXIvUHJvZHVjdC80Mg") == nil)
    }

    @Test("a page needs first or last, not both, within 0...250")
    func sizes() throws {
        #expect(try PageArguments(first: 10).size() == (10, false))
        #expect(try PageArguments(last: 250).size() == (250, true))
        #expect(throws: CommerceError.badRequest("You must provide one of first or last.")) { try PageArguments().size() }
        #expect(throws: CommerceError.badRequest("Passing both first and last is not supported: provide one of them.")) {
            try PageArguments(first: 1, last: 1).size()
        }
        #expect(throws: CommerceError.badRequest("first is 251, over the maximum page size of 250.")) { try PageArguments(first: 251).size() }
        #expect(throws: CommerceError.badRequest("last must not be negative, but it is -1.")) { try PageArguments(last: -1).size() }
    }

    @Test("cursors are opaque and refuse garbage and other orders")
    func cursors() throws {
        let position = SortPosition(value: .text("linen shirt"), id: 7)
        let cursor = Cursor.encode(position, order: "product:TITLE")
        #expect(try Cursor.decode(cursor, order: "product:TITLE", argument: "after") == position)
        #expect(throws: CommerceError.badRequest("Invalid cursor \"nope\" for after.")) {
            try Cursor.decode("nope", order: "product:TITLE", argument: "after")
        }
        #expect(throws: CommerceError.badRequest("The cursor \"\(cursor)\" for before belongs to another sort order; start again without before.")) {
            try Cursor.decode(cursor, order: "product:PRICE", argument: "before")
        }
    }

    @Test("real sort values come back from a cursor exactly, however many digits they have")
    func realCursorsRoundTrip() throws {
        var generator = SystemRandomNumberGenerator()
        let values = [1.8874651810584958e-06, 0.1, -3.75, 1e300, .leastNonzeroMagnitude] + (0..<2000).map { _ in Double.random(in: 0..<0.001, using: &generator) }
        for value in values {
            let position = SortPosition(value: .real(value), id: 3)
            #expect(try Cursor.decode(Cursor.encode(position, order: "product:RELEVANCE"), order: "product:RELEVANCE", argument: "after") == position)
        }
    }

    @Test("cursors keep the bytes they had when JSONSerialization wrote them")
    func cursorBytesAreStable() throws {
        let cases: [(SortPosition, String, String)] = [
            (SortPosition(value: .text("linen shirt"), id: 7), "product:TITLE",
             "eyJpIjo3LCJvIjoicHJvZHVjdDpUSVRMRSIsInMiOiJsaW5lbiBzaGlydCJ9"),
            (SortPosition(value: .int(-2999), id: 123), "product:PRICE",
             "eyJpIjoxMjMsIm4iOi0yOTk5LCJvIjoicHJvZHVjdDpQUklDRSJ9"),
            (SortPosition(value: .real(1.5), id: 5), "product:RELEVANCE",
             "eyJpIjo1LCJvIjoicHJvZHVjdDpSRUxFVkFOQ0UiLCJyIjoxLjV9"),
            (SortPosition(value: .text("a/b \"q\" \\ é\n\u{1}"), id: 9), "product:TITLE",
             "eyJpIjo5LCJvIjoicHJvZHVjdDpUSVRMRSIsInMiOiJhXC9iIFwicVwiIFxcIMOpXG5cdTAwMDEifQ"),
        ]
        for (position, order, expected) in cases {
            #expect(Cursor.encode(position, order: order) == expected)
            #expect(try Cursor.decode(expected, order: order, argument: "after") == position)
        }
    }

    @Test("slicing a list walks forwards and backwards with cursors")
    func slicing() throws {
        let items = Array(1...7)
        let first = try Connection(slicing: items, arguments: PageArguments(first: 3), order: "t")
        #expect(first.nodes == [1, 2, 3])
        #expect(first.pageInfo.hasNextPage && !first.pageInfo.hasPreviousPage)
        let second = try Connection(slicing: items, arguments: PageArguments(first: 3, after: first.pageInfo.endCursor), order: "t")
        #expect(second.nodes == [4, 5, 6])
        let last = try Connection(slicing: items, arguments: PageArguments(last: 2, before: second.pageInfo.endCursor), order: "t")
        #expect(last.nodes == [4, 5])
        #expect(last.pageInfo.hasPreviousPage && last.pageInfo.hasNextPage)
    }
}
