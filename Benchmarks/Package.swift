// swift-tools-version:6.0
import PackageDescription

// Benchmarks for Concord's GraphQL engine, against GraphQLSwift where it has the same job.
// Build and run in release: `swift run -c release parse-benchmark` (from Benchmarks/).
let package = Package(
    name: "ConcordBenchmarks",
    dependencies: [
        .package(name: "Concord", path: ".."),
        .package(url: "https://github.com/GraphQLSwift/GraphQL", exact: "4.3.0"),
    ],
    targets: [
        .executableTarget(
            name: "parse-benchmark",
            dependencies: [
                .product(name: "GraphQLCore", package: "Concord"),
                .product(name: "GraphQL", package: "GraphQL"),
            ],
            path: "Sources/ParseBenchmark"
        ),
    ],
    swiftLanguageModes: [.v6]
)
