// swift-tools-version:6.0
import PackageDescription

// Concord Commerce. No package dependencies: the toolchain and system libraries only.
let package = Package(
    name: "Concord",
    products: [
        .library(name: "GraphQLCore", targets: ["GraphQLCore"]),
        // For a backend that lives in another package: the protocols, and the kit it must pass.
        .library(name: "Commerce", targets: ["Commerce"]),
        .library(name: "CommerceBackendTesting", targets: ["CommerceBackendTesting"]),
        // For the fuzzers in Fuzz/ (the request parser, through `@_spi(Fuzzing)`).
        .library(name: "HTTPServer", targets: ["HTTPServer"]),
        .executable(name: "concord", targets: ["Server"]),
    ],
    targets: [
        // Our GraphQL engine: language, type system, validation, execution.
        .target(name: "GraphQLCore"),
        // libsqlite3, the embedded default backend's storage.
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        // libpq, the PostgreSQL client library, for the backend that several servers share: our own
        // declarations, and libpq.so.5 loaded at run time, so that building needs nothing of PostgreSQL's.
        .systemLibrary(name: "CPostgres", providers: [.apt(["libpq5"])]),
        // The commerce domain: model, backend protocols, the domain rules and the storefront service.
        .target(name: "Commerce", dependencies: ["GraphQLCore"]),
        // The commerce schema's bindings: `schema.graphql` resolved by the storefront service.
        .target(name: "CommerceGraphQL", dependencies: ["Commerce", "GraphQLCore"]),
        // The embedded default backends: every domain in one SQLite file.
        .target(name: "CommerceSQLite", dependencies: ["Commerce", "CSQLite", "GraphQLCore"]),
        // Backends on PostgreSQL, for several stateless servers on one database.
        .target(name: "CommercePostgres", dependencies: ["Commerce", "CPostgres", "GraphQLCore"]),
        // Backends held in memory, for tests and demos.
        .target(name: "CommerceMemory", dependencies: ["Commerce"]),
        // The backend test kit: the one suite every backend passes, handed a factory.
        .target(name: "CommerceBackendTesting", dependencies: ["Commerce"]),
        // The `http` backend (catalog and content from another service, with our own HTTP/1.1 client)
        // and the upstream contract's server side (`concord upstream serve`).
        .target(name: "CommerceHTTP", dependencies: ["Commerce", "HTTPServer"]),
        // HTTP/1.1 on POSIX sockets (epoll), with no GraphQL knowledge.
        .target(name: "HTTPServer"),
        // A blocking HTTP/1.1 test client shared by the HTTP server's and the app's tests.
        .target(name: "HTTPTestSupport", dependencies: ["HTTPServer"]),
        // GraphQL over HTTP, tokens and scopes, explorer, metrics, configuration.
        // The explorer's files are compiled into the binary (`ExplorerAssets+Embedded.swift`).
        .target(name: "ConcordServer", dependencies: ["GraphQLCore", "Commerce", "CommerceGraphQL", "CommerceSQLite",
                                                      "CommerceMemory", "CommercePostgres", "CommerceHTTP", "HTTPServer"],
                resources: ["explorer.html", "explorer.css", "editor.js", "completion.js", "format.js", "docs.js", "app.js"]
                    .map { .embedInCode("Explorer/Assets/" + $0) }),
        // The `concord` command line.
        // `schema.graphql` (a link to the one at the top) is compiled into the binary, which needs no file beside it.
        .executableTarget(name: "Server", dependencies: ["ConcordServer", "GraphQLCore", "Commerce", "CommerceSQLite",
                                                           "CommerceHTTP", "HTTPServer"],
                          resources: [.embedInCode("Resources/schema.graphql")]),
        .testTarget(name: "GraphQLCoreTests", dependencies: ["GraphQLCore"]),
        .testTarget(name: "ValidationTests", dependencies: ["GraphQLCore"]),
        .testTarget(name: "CommerceTests", dependencies: ["Commerce", "CommerceGraphQL", "CommerceSQLite", "CommerceMemory",
                                                          "CommercePostgres", "CommerceBackendTesting", "GraphQLCore"]),
        .testTarget(name: "HTTPServerTests", dependencies: ["HTTPServer", "HTTPTestSupport"]),
        .testTarget(name: "ServerTests", dependencies: ["ConcordServer", "Commerce", "CommerceGraphQL", "CommerceSQLite",
                                                        "CommerceMemory", "CommercePostgres", "CommerceHTTP", "CommerceBackendTesting", "GraphQLCore", "HTTPServer",
                                                        "HTTPTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
