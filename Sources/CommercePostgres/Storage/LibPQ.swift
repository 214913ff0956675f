import CPostgres

/// libpq, loaded from libpq.so.5 at run time rather than linked, so that the package builds without
/// libpq-dev and the SQLite server runs without libpq5. The library is loaded the first time a
/// postgres backend connects, never before.
enum LibPQ {
    /// The library's file name: libpq's ABI, stable since PostgreSQL 8.x.
    static let libraryName = "libpq.so.5"

    /// libpq's functions, or why libpq.so.5 cannot be loaded. Loaded once, on first use (Swift runs a
    /// static property's initializer once, thread-safely), and kept for the life of the process.
    static let loaded: Result<CPostgresLibrary, PostgresError> = load(libraryName)

    /// libpq's functions; throws a `.client` error that says how to install libpq when it cannot be loaded.
    static func functions() throws -> CPostgresLibrary {
        try loaded.get()
    }

    /// Loads the library `name` and finds every function Concord calls in it. Only tests name another
    /// library: the server always loads `libraryName`.
    static func load(_ name: String) -> Result<CPostgresLibrary, PostgresError> {
        let library = UnsafeMutablePointer<CPostgresLibrary>.allocate(capacity: 1)
        defer { library.deallocate() }
        let capacity = 512
        let message = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
        defer { message.deallocate() }
        message.initialize(to: 0)
        guard cpostgres_load(name, library, message, capacity) == 1 else {
            let reason = String(cString: message)
            return .failure(PostgresError(.client, message: "cannot load \(name) (\(reason)): install it with apt-get install -y libpq5"))
        }
        // Filled by `cpostgres_load`: every member set.
        return .success(library.move())
    }
}
