import Commerce
import Foundation

/// Content pages held in memory, for tests and small demos. An actor: a write transaction works on a
/// copy of the pages, kept only when the domain closure returns.
public actor InMemoryContentBackend: ContentBackend {
    public nonisolated let defaultLocale: String
    var state = InMemoryContentState()

    /// Creates an empty store whose texts fall back to `defaultLocale`.
    public init(defaultLocale: String = "en") {
        self.defaultLocale = defaultLocale
    }

    public func titleLocales() -> Set<String> {
        state.pagesByID.values.reduce(into: Set<String>()) { $0.formUnion($1.title.values.keys) }
    }

    public func pages(ids: [Int64]) -> [Int64: Page] { state.pages(ids: ids) }

    public func pages(handles: [String]) -> [String: Page] { state.pages(handles: handles) }

    public func listPages(window: PageWindow, includeDrafts: Bool) -> SearchPage<Page> {
        let sorted = state.pagesByID.values
            .filter { includeDrafts || $0.status == .PUBLISHED }
            .map { (item: $0, position: SortPosition(value: .text($0.handle), id: $0.id)) }
            .sorted { $0.position.precedes($1.position, descending: false) }
        let (items, hasMore) = window.apply(sorted, descending: false)
        return SearchPage(items: items, hasMore: hasMore)
    }

    public func countPages(includeDrafts: Bool) -> Int {
        state.pagesByID.values.filter { includeDrafts || $0.status == .PUBLISHED }.count
    }

    public func writeContent<T: Sendable>(_ body: @Sendable (any ContentTransaction) throws -> T) throws -> T {
        let transaction = InMemoryContentTransaction(state: state)
        let result = try body(transaction)
        state = transaction.state
        return result
    }
}
