import CPostgres
import Testing
@testable import Commerce
@testable import CommercePostgres

/// libpq is loaded at run time: a machine without it gets a clear error at start, never a crash. No
/// server needed, and libpq5 itself only for the last test.
@Suite("PostgreSQL: libpq.so.5 loaded at run time, and a clear error without it")
struct PostgresLibraryLoadingTests {
    /// A library name no machine has.
    static let missing = "libconcord-no-such-libpq.so.5"

    @Test("a library that cannot be loaded: dlopen's reason and how to install libpq")
    func missingLibrary() throws {
        let failure = try #require(Self.failure(LibPQ.load(Self.missing)))
        #expect(failure.message.hasPrefix("cannot load \(Self.missing) ("), "\(failure.message)")
        #expect(failure.message.contains("cannot open shared object file"), "dlerror's words: \(failure.message)")
        #expect(failure.message.hasSuffix("): install it with apt-get install -y libpq5"), "\(failure.message)")
    }

    @Test("a library that is not libpq: the first function it lacks")
    func notLibpq() throws {
        let failure = try #require(Self.failure(LibPQ.load("libc.so.6")))
        #expect(failure.message.contains("libc.so.6 has no function PQconnectdbParams"), "\(failure.message)")
    }

    @Test("opening a postgres backend without libpq stops the start with that error, before connecting")
    func configurationError() throws {
        let choice = BackendConfiguration.Choice(backend: "postgres", options: ["url": "postgresql:///concord"])
        let options = try PostgresOptions(choice, domain: "carts", environment: [:])
        var connected = false
        let refusal = #expect(throws: ConfigurationError.self) {
            try options.open(library: LibPQ.load(Self.missing)) { _, _ in connected = true }
        }
        #expect(!connected)
        #expect(refusal?.message.hasPrefix("The postgres carts backend cannot load \(Self.missing) (") == true, "\(refusal?.message ?? "")")
        #expect(refusal?.message.hasSuffix("install it with apt-get install -y libpq5") == true, "\(refusal?.message ?? "")")
    }

    @Test("libpq.so.5 loads where the PostgreSQL tests run, with every function Concord calls",
          .enabled(if: PostgresTestDatabase.isEnabled, PostgresTestDatabase.howToEnable))
    func loads() throws {
        let library = try LibPQ.loaded.get()
        // libpq's answers for no connection and no result: the values our declarations give them.
        #expect(library.PQstatus(nil) == CONNECTION_BAD)
        #expect(library.PQtransactionStatus(nil) == PQTRANS_UNKNOWN)
        #expect(library.PQresultStatus(nil) == PGRES_FATAL_ERROR)
    }

    /// The error of a failed load; nil when it loaded.
    static func failure(_ result: Result<CPostgresLibrary, PostgresError>) -> PostgresError? {
        guard case .failure(let error) = result else { return nil }
        return error
    }
}
