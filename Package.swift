// swift-tools-version:6.0
import PackageDescription

// Concord Commerce. No package dependencies: the toolchain and system libraries only.
let package = Package(
    name: "Concord",
    products: [
        .library(name: "GraphQLCore", targets: ["GraphQLCore"]),
        // For the fuzzers in Fuzz/ (the request parser, through `@_spi(Fuzzing)`).
        .library(name: "HTTPServer", targets: ["HTTPServer"]),
        .executable(name: "concord", targets: ["Server"]),
    ],
    targets: [
        // Our GraphQL engine: language, type system, validation, execution.
        .target(name: "GraphQLCore"),
        // libsqlite3, the embedded default backend's storage.
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        // The commerce domain: schema bindings, backend protocols, SQLite and in-memory backends.
        .target(name: "Resolvers", dependencies: ["GraphQLCore", "CSQLite"]),
        // HTTP/1.1 on POSIX sockets (epoll), with no GraphQL knowledge.
        .target(name: "HTTPServer"),
        // A blocking HTTP/1.1 test client shared by the HTTP server's and the app's tests.
        .target(name: "HTTPTestSupport", dependencies: ["HTTPServer"]),
        // GraphQL over HTTP, tokens and scopes, explorer, metrics, configuration.
        .target(name: "ConcordServer", dependencies: ["GraphQLCore", "Resolvers", "HTTPServer"]),
        // The `concord` command line.
        .executableTarget(name: "Server", dependencies: ["ConcordServer", "GraphQLCore", "Resolvers"]),
        .testTarget(name: "GraphQLCoreTests", dependencies: ["GraphQLCore"]),
        .testTarget(name: "ValidationTests", dependencies: ["GraphQLCore"]),
        .testTarget(name: "ResolversTests", dependencies: ["Resolvers", "GraphQLCore"]),
        .testTarget(name: "HTTPServerTests", dependencies: ["HTTPServer", "HTTPTestSupport"]),
        .testTarget(name: "ServerTests", dependencies: ["ConcordServer", "Resolvers", "GraphQLCore", "HTTPServer", "HTTPTestSupport"]),
    ],
    swiftLanguageModes: [.v5]
)
