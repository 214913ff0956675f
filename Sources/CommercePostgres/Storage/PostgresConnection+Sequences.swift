extension PostgresConnection {
    /// The next value of the sequence `name` (found on the search path): a value no caller on any
    /// connection got before, even from a transaction that rolled back.
    func nextValue(of name: String) throws -> Int64 {
        guard let value = try query("SELECT nextval($1::regclass)", [.text(name)], row: { try $0.int(0) }).first else {
            throw PostgresError(.client, message: "nextval of \(name) returned no row.")
        }
        return value
    }
}
