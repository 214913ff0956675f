// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for Concord's GraphQL engine. Build only with the fuzzer sanitizer:
//   swift build -c release -Xswiftc -sanitize=fuzzer,address
// (see README.md). Kept out of the main package so it may use unsafe flags.
let package = Package(
    name: "ConcordFuzz",
    dependencies: [.package(name: "Concord", path: "..")],
    targets: [
        .executableTarget(
            name: "ConcordFuzz",
            dependencies: [.product(name: "GraphQLCore", package: "Concord"), .product(name: "HTTPServer", package: "Concord")],
            path: "Sources/ConcordFuzz",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
