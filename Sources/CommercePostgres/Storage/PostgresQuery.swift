/// A statement being built with its parameters: each value is bound to the next placeholder (`$1`,
/// `$2`, …) as the text grows, never written into it, so a statement can gain conditions in any order.
struct PostgresQuery {
    /// The SQL so far.
    var sql: String
    /// The parameters, in placeholder order.
    private(set) var parameters: [PostgresValue] = []

    /// A statement starting with `sql`.
    init(_ sql: String) {
        self.sql = sql
    }

    /// Binds `value` to a new placeholder and returns the placeholder (`$3`), to write into `sql`.
    mutating func bind(_ value: PostgresValue) -> String {
        parameters.append(value)
        return "$\(parameters.count)"
    }
}
