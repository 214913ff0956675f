import Commerce
import Foundation

/// Builds the ORDER BY, keyset condition and LIMIT of a window over a list sorted by `sortExpression`
/// then `idExpression`, in SQL. With `fromEnd` the SQL reads backwards; `finish` restores the order.
struct SQLKeyset {
    var sortExpression: String
    var idExpression: String
    var descending: Bool
    var window: PageWindow

    /// Conditions to AND into the WHERE clause, with their bindings.
    func conditions() -> [(String, [SQLiteValue])] {
        var result: [(String, [SQLiteValue])] = []
        if let after = window.after {
            result.append(("(\(sortExpression), \(idExpression)) \(descending ? "<" : ">") (?, ?)",
                           [Self.bind(after.value), .integer(after.id)]))
        }
        if let before = window.before {
            result.append(("(\(sortExpression), \(idExpression)) \(descending ? ">" : "<") (?, ?)",
                           [Self.bind(before.value), .integer(before.id)]))
        }
        return result
    }

    /// The ORDER BY and LIMIT clause (reading one more row than the window to learn whether more follow).
    func orderAndLimit() -> (String, [SQLiteValue]) {
        let backwards = descending != window.fromEnd
        let direction = backwards ? "DESC" : "ASC"
        return (" ORDER BY \(sortExpression) \(direction), \(idExpression) \(direction) LIMIT ?",
                [.integer(Int64(window.limit + 1))])
    }

    /// Trims the extra row and puts rows read backwards back in the list's order.
    func finish<Item>(_ rows: [(item: Item, position: SortPosition)]) -> (items: [(item: Item, position: SortPosition)], hasMore: Bool) {
        let hasMore = rows.count > window.limit
        let trimmed = Array(rows.prefix(window.limit))
        return (window.fromEnd ? trimmed.reversed() : trimmed, hasMore)
    }

    static func bind(_ value: SortValue) -> SQLiteValue {
        switch value {
        case .int(let number): return .integer(number)
        case .text(let text): return .text(text)
        case .real(let number): return .real(number)
        }
    }

    /// An FTS5 query matching every term as a token prefix.
    static func ftsQuery(_ terms: [String]) -> String {
        terms.map { "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\"*" }.joined(separator: " ")
    }
}
