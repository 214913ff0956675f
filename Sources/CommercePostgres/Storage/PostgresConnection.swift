import CPostgres
import Foundation

/// One libpq connection (libpq.so.5 loaded at run time, `LibPQ`). Statements with parameters are
/// prepared once per connection and run with their parameters bound in text form (`PQprepare`,
/// `PQexecPrepared`), never written into the SQL.
/// Every failure is a thrown `PostgresError`, never a trap.
///
/// Not thread-safe: one thread uses a connection at a time (the pool hands each to one job on its own
/// queue). Its calls block, so it never runs on a thread of Swift's cooperative pool.
final class PostgresConnection {
    /// The `PGconn *`.
    private let handle: OpaquePointer
    /// libpq's functions.
    private let libpq: CPostgresLibrary
    /// The name each statement was prepared under, by its SQL.
    private var prepared: [String: String] = [:]

    /// Connects with any libpq connection string (`postgresql://user@host:5432/db?…` or
    /// `host=… dbname=…`). Unless the string says otherwise the attempt gives up after 10 seconds and
    /// the server sees the application name "concord"; the client encoding is always UTF-8. Loads
    /// libpq.so.5 on the first connection; a `.client` error says how to install it when it is missing.
    init(connectionString: String) throws {
        let libpq = try LibPQ.functions()
        guard PostgresValue.isStorable(connectionString) else {
            throw PostgresError(.client, message: "The connection string holds a NUL character.")
        }
        // Given before "dbname", the defaults yield to the connection string; given after it, the encoding does not.
        let keywords = ["fallback_application_name", "connect_timeout", "dbname", "client_encoding"]
        let values = ["concord", "10", connectionString, "UTF8"]
        let connection = try Self.withCStrings(keywords) { keywords in
            try Self.withCStrings(values) { values in libpq.PQconnectdbParams(keywords, values, 1) }
        }
        guard let connection else {
            throw PostgresError(.connection, message: "libpq could not allocate a connection.")
        }
        guard libpq.PQstatus(connection) == CONNECTION_OK else {
            let message = Self.errorMessage(connection, libpq)
            libpq.PQfinish(connection)
            throw PostgresError(.connection, message: message)
        }
        // NOTICEs (such as "relation already exists, skipping") would go to stderr otherwise.
        _ = libpq.PQsetNoticeProcessor(connection, { _, _ in }, nil)
        handle = connection
        self.libpq = libpq
    }

    deinit {
        libpq.PQfinish(handle)
    }

    /// Whether the connection was lost (a later use fails; the pool replaces it).
    var isBroken: Bool {
        libpq.PQstatus(handle) != CONNECTION_OK
    }

    /// Whether the server has ended this idle connection (restarted, or the backend terminated): its
    /// socket has something to read though nothing was asked, and reading it finds the connection
    /// lost. A `poll` with no wait when all is well, so the pool can check a connection before each
    /// job and open a new one instead of failing the job on a connection a database restart left dead.
    var isClosedByServer: Bool {
        // A server shutting down first sends a FATAL message, then closes: one read takes the
        // message, a later one finds the end of the stream (and libpq marks the connection bad).
        for _ in 0..<4 {
            guard !isBroken else { return true }
            let socket = libpq.PQsocket(handle)
            guard socket >= 0 else { return true }
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 0) > 0 else { return false }
            guard libpq.PQconsumeInput(handle) == 1 else { return true }
        }
        return isBroken
    }

    /// Whether no transaction is open.
    var isIdle: Bool {
        libpq.PQtransactionStatus(handle) == PQTRANS_IDLE
    }

    /// Where the connection goes, for people: `database concord on db.internal:5432` (a socket
    /// directory for the host when it connects by socket). No user name or password.
    var location: String {
        func text(_ pointer: UnsafeMutablePointer<CChar>?) -> String { pointer.map { String(cString: $0) } ?? "" }
        return "database \(text(libpq.PQdb(handle))) on \(text(libpq.PQhost(handle))):\(text(libpq.PQport(handle)))"
    }

    /// The server process serving this connection.
    var backendPID: Int32 {
        libpq.PQbackendPID(handle)
    }

    /// Waits up to `milliseconds` for notifications of the channels this connection LISTENs on and
    /// returns how many arrived (0 when none did); throws a `.connection` error once the connection is lost.
    func awaitNotifications(milliseconds: Int32) throws -> Int {
        let pending = takeNotifications()
        guard pending == 0 else { return pending }
        let socket = libpq.PQsocket(handle)
        guard socket >= 0, !isBroken else { throw PostgresError(.connection, message: Self.errorMessage(handle, libpq)) }
        var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, milliseconds)
        guard ready > 0 else {
            if ready < 0 && errno != EINTR { throw PostgresError(.connection, message: String(cString: strerror(errno))) }
            return 0
        }
        guard libpq.PQconsumeInput(handle) == 1, !isBroken else { throw PostgresError(.connection, message: Self.errorMessage(handle, libpq)) }
        return takeNotifications()
    }

    /// Frees the notifications libpq has read and returns how many there were.
    private func takeNotifications() -> Int {
        var count = 0
        while let notification = libpq.PQnotifies(handle) {
            libpq.PQfreemem(notification)
            count += 1
        }
        return count
    }

    /// Runs SQL without parameters, possibly several statements separated by semicolons (migrations,
    /// BEGIN, COMMIT).
    func execute(_ sql: String) throws {
        guard PostgresValue.isStorable(sql) else {
            throw PostgresError(.client, message: "The statement holds a NUL character.")
        }
        libpq.PQclear(try check(libpq.PQexec(handle, sql)))
    }

    /// Runs one statement with `parameters` for `$1`, `$2`, … and reads each row of its result with `row`.
    func query<T>(_ sql: String, _ parameters: [PostgresValue] = [], row: (PostgresRow) throws -> T) throws -> [T] {
        let result = try run(prepared: sql, parameters)
        defer { libpq.PQclear(result) }
        let count = libpq.PQntuples(result)
        var rows: [T] = []
        rows.reserveCapacity(Int(count))
        for index in 0..<count {
            rows.append(try row(PostgresRow(result: result, index: index, libpq: libpq)))
        }
        return rows
    }

    /// Runs one statement with `parameters` and returns the number of rows it changed (or returned).
    @discardableResult
    func run(_ sql: String, _ parameters: [PostgresValue] = []) throws -> Int {
        let result = try run(prepared: sql, parameters)
        defer { libpq.PQclear(result) }
        return libpq.PQcmdTuples(result).flatMap { Int(String(cString: $0)) } ?? 0
    }

    /// Prepares `sql` unless this connection already did, runs it with the parameters bound, and returns
    /// the successful result (the caller clears it).
    private func run(prepared sql: String, _ parameters: [PostgresValue]) throws -> OpaquePointer {
        guard PostgresValue.isStorable(sql) else {
            throw PostgresError(.client, message: "The statement holds a NUL character.")
        }
        let texts = parameters.map(\.textForm)
        if let index = texts.firstIndex(where: { $0.map { !PostgresValue.isStorable($0) } ?? false }) {
            throw PostgresError(.client, sqlState: "22021",
                                message: "Parameter $\(index + 1) holds a NUL character, which PostgreSQL text cannot store.")
        }
        let name: String
        if let known = prepared[sql] {
            name = known
        } else {
            name = "concord_\(prepared.count + 1)"
            libpq.PQclear(try check(libpq.PQprepare(handle, name, sql, Int32(parameters.count), nil)))
            prepared[sql] = name
        }
        return try Self.withCStrings(texts) { values in
            try check(libpq.PQexecPrepared(handle, name, Int32(texts.count), values, nil, nil, 0))
        }
    }

    /// The result if it reports success; otherwise clears it and throws the server's SQLSTATE and
    /// message (a lost connection is of kind `.connection`).
    private func check(_ result: OpaquePointer?) throws -> OpaquePointer {
        guard let result else {
            throw PostgresError(isClosedByServer ? .connection : .client, message: Self.errorMessage(handle, libpq))
        }
        switch libpq.PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return result
        default:
            func field(_ code: UInt8) -> String? {
                libpq.PQresultErrorField(result, Int32(code)).map { String(cString: $0) }
            }
            let state = field(UInt8(ascii: "C"))
            var message = field(UInt8(ascii: "M")) ?? Self.errorMessage(handle, libpq)
            if let detail = field(UInt8(ascii: "D")) { message += " " + detail }
            if let hint = field(UInt8(ascii: "H")) { message += " " + hint }
            libpq.PQclear(result)
            // libpq's own failures have no SQLSTATE; one on a connection the server has closed (which
            // libpq does not always mark bad at once, as when a crash cut a write) is a lost connection.
            let lost = Self.isConnectionState(state) || (state == nil ? isClosedByServer : isBroken)
            throw PostgresError(lost ? .connection : .server, sqlState: state, message: message)
        }
    }

    /// Whether a SQLSTATE says the connection is gone: class 08 (connection exception), or the server
    /// shutting down or restarting (57P01 to 57P03).
    private static func isConnectionState(_ state: String?) -> Bool {
        guard let state else { return false }
        return state.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains(state)
    }

    /// libpq's last message for the connection, without its trailing newline.
    private static func errorMessage(_ connection: OpaquePointer, _ libpq: CPostgresLibrary) -> String {
        let message = libpq.PQerrorMessage(connection).map { String(cString: $0) } ?? ""
        let trimmed = message.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? "unknown libpq error" : trimmed
    }

    /// Calls `body` with the strings as a NULL-terminated C array of C strings (NULL for nil), valid
    /// for the call.
    private static func withCStrings<T>(_ strings: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>) throws -> T) throws -> T {
        let copies: [UnsafeMutablePointer<CChar>?] = strings.map { $0.flatMap { strdup($0) } }
        defer { for copy in copies { free(copy) } }
        if zip(strings, copies).contains(where: { $0.0 != nil && $0.1 == nil }) {
            throw PostgresError(.client, message: "Out of memory while copying parameters.")
        }
        let pointers: [UnsafePointer<CChar>?] = copies.map { $0.map { UnsafePointer($0) } } + [nil]
        return try pointers.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }
}
