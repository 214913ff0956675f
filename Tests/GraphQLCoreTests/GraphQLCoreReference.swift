import Foundation

/// graphql-core 3.2.8 (the Python port of graphql-js) run on the same inputs, for tests that
/// compare with the reference; they are skipped where python3 with graphql-core is missing.
enum GraphQLCoreReference {
    /// Whether python3 can import graphql.
    static let available = python(["-c", "import graphql"]) != nil

    /// GitHub's public schema and every conformance world's schema in ../shared.
    static let sharedSchemas: [String] = {
        let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../../shared").standardized
        var paths = [shared.appendingPathComponent("bench/data/github-schema.graphql").path]
        let cases = shared.appendingPathComponent("conformance/cases")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: cases.path))?.sorted() ?? [] {
            paths.append(cases.appendingPathComponent(name).appendingPathComponent("schema.graphql").path)
        }
        return paths.filter { FileManager.default.fileExists(atPath: $0) }
    }()

    /// `print_schema(build_schema(sdl))` of the SDL file at `path`.
    static func printSchema(_ path: String) -> String? {
        python(["-c", "import sys; from graphql import build_schema, print_schema; sys.stdout.write(print_schema(build_schema(open(sys.argv[1]).read())))", path])
    }

    /// The schema's type names (type map order) and directive names, one per line, a blank line between.
    static func typeAndDirectiveNames(_ path: String) -> String? {
        python(["-c", "import sys; from graphql import build_schema; s = build_schema(open(sys.argv[1]).read()); sys.stdout.write(chr(10).join(s.type_map) + chr(10) + chr(10) + chr(10).join(d.name for d in s.directives))", path])
    }

    /// python3's standard output, or `nil` if it cannot run or fails.
    static func python(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }
}
