import Commerce

/// The keyset conditions, ORDER BY and LIMIT of a window over a list sorted by `sortExpression`
/// then `idExpression`, in PostgreSQL, in the order `SortPosition` defines: numbers by value, text by
/// UTF-8 bytes (`COLLATE "C"`, whatever the database's collation), ties by id. With `fromEnd` the SQL
/// reads backwards; `finish` restores the list's order.
struct PostgresKeyset {
    /// What the sort expression holds.
    enum Kind {
        case int, text, real

        /// Where the kind sorts among the others, as `SortValue` orders values of different kinds.
        var rank: Int {
            switch self {
            case .int: return 0
            case .text: return 1
            case .real: return 2
            }
        }

        /// The kind of a sort value.
        static func of(_ value: SortValue) -> Kind {
            switch value {
            case .int: return .int
            case .text: return .text
            case .real: return .real
            }
        }

        /// The sort value of a column of this kind in `row`.
        func value(_ row: PostgresRow, _ column: Int32) throws -> SortValue {
            switch self {
            case .int: return .int(try row.int(column))
            case .text: return .text(try row.text(column))
            case .real: return .real(try row.double(column))
            }
        }
    }

    var sortExpression: String
    var idExpression: String
    var kind: Kind
    var descending: Bool
    var window: PageWindow

    /// Adds the window's conditions to `query`, whose text ends inside its WHERE clause.
    func addConditions(to query: inout PostgresQuery) {
        if let after = window.after { query.sql += " AND " + condition(after, later: !descending, &query) }
        if let before = window.before { query.sql += " AND " + condition(before, later: descending, &query) }
    }

    /// Adds ORDER BY and LIMIT (one row more than the window, to learn whether more follow).
    func addOrderAndLimit(to query: inout PostgresQuery) {
        let direction = descending != window.fromEnd ? "DESC" : "ASC"
        query.sql += " ORDER BY \(sortExpression) \(direction), \(idExpression) \(direction) LIMIT "
            + query.bind(.integer(Int64(window.limit + 1)))
    }

    /// Trims the extra row and puts rows read backwards back in the list's order.
    func finish<Item>(_ rows: [(item: Item, position: SortPosition)]) -> (items: [(item: Item, position: SortPosition)], hasMore: Bool) {
        let hasMore = rows.count > window.limit
        let trimmed = Array(rows.prefix(window.limit))
        return (window.fromEnd ? trimmed.reversed() : trimmed, hasMore)
    }

    /// The condition keeping the rows whose (sort value, id) is greater than `position` (`later`) or
    /// less than it. A cursor holding a value of another kind than the column (only a forged one can)
    /// compares as `SortValue` does: every row on the same side, a constant condition. Text holding a
    /// NUL character, which no stored text can, compares as its part before the NUL with the largest
    /// id: no stored text lies between the two.
    private func condition(_ position: SortPosition, later: Bool, _ query: inout PostgresQuery) -> String {
        let comparison = later ? ">" : "<"
        var id = position.id
        let value: PostgresValue
        switch position.value {
        case .int(let number) where kind == .int:
            value = .integer(number)
        case .real(let number) where kind == .real:
            value = .real(number)
        case .text(var text) where kind == .text:
            if let nul = text.utf8.firstIndex(of: 0) {
                text = String(decoding: text.utf8[..<nul], as: UTF8.self)
                id = .max
            }
            value = .text(text)
        case let other:
            let cursorRank = Kind.of(other).rank
            return (later ? kind.rank > cursorRank : kind.rank < cursorRank) ? "true" : "false"
        }
        let type = kind == .int ? "bigint" : kind == .real ? "float8" : "text"
        let collation = kind == .text ? " COLLATE \"C\"" : ""
        return "(\(sortExpression), \(idExpression)) \(comparison) (\(query.bind(value))::\(type)\(collation), \(query.bind(.integer(id)))::bigint)"
    }
}
