// Parse throughput in MB/s: Concord's parser against GraphQLSwift 4.3's on the same files.
//
//   swift run -c release parse-benchmark [--seconds S] [--concord-only] [FILE ...]
//   swift run -c release parse-benchmark --nesting DEPTH   (stack probe, with `ulimit -s`)
//
// Without files it measures shared/bench/data/github-schema.graphql and introspection.graphql
// (shared/ beside the repository, else /work/shared). Each parser gets a warm-up, then runs for about S seconds
// (default 2) in rounds of 0.1 s of thread CPU time; the best round's rate is reported (the
// least disturbed by the other work on the machine), with the median beside it. Rates are bytes
// per CPU second of the parsing thread, so a busy machine slows the run, not the figures.
import Foundation
import GraphQL
import GraphQLCore

/// Seconds since an arbitrary start, monotonic.
func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// CPU seconds this thread has used: rounds are timed by it, so other work on a busy machine
/// (two cores shared with builds) does not count against the parser.
func cpuTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Rates in MB/s of `body` over `bytes`-byte input: (best, median).
func measure(bytes: Int, seconds: Double, _ body: () throws -> Void) rethrows -> (best: Double, median: Double) {
    try body()
    var rates: [Double] = []
    let deadline = now() + seconds
    repeat {
        let start = cpuTime()
        var iterations = 0
        repeat {
            try body()
            iterations += 1
        } while cpuTime() - start < 0.1
        let elapsed = cpuTime() - start
        rates.append(Double(bytes) * Double(iterations) / elapsed / 1e6)
    } while now() < deadline
    rates.sort()
    return (rates.last!, rates[rates.count / 2])
}

var seconds = 2.0
var concordOnly = false
var files: [String] = []
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    if argument == "--seconds", let value = arguments.popFirst().flatMap(Double.init) {
        seconds = value
    } else if argument == "--nesting", let depth = arguments.popFirst().flatMap(Int.init) {
        // Parses documents nested `depth` deep (selection sets, lists, objects, list types) and
        // exits: run under `ulimit -s` to see how much stack the parser needs.
        let documents = [
            String(repeating: "{a", count: depth) + String(repeating: "}", count: depth),
            "{f(a:" + String(repeating: "[", count: depth - 1) + String(repeating: "]", count: depth - 1) + ")}",
            "{f(a:" + String(repeating: "{a:", count: depth - 1) + "1" + String(repeating: "}", count: depth - 1) + ")}",
            "query($a:" + String(repeating: "[", count: depth - 1) + "Int" + String(repeating: "]", count: depth - 1) + "){a}",
        ]
        for document in documents { _ = try GraphQLCore.parse(document, options: ParseOptions(maxDepth: depth)) }
        print("parsed depth \(depth)")
        exit(0)
    } else if argument == "--concord-only" {
        concordOnly = true
    } else {
        files.append(argument)
    }
}
if files.isEmpty {
    // shared/ sits beside the repository (../shared); worktrees under /work/wt use /work/shared.
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..").standardized
    let candidates = [repository.appendingPathComponent("../shared").standardized.path, "/work/shared"]
    let shared = candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[0]
    files = ["bench/data/github-schema.graphql", "bench/data/introspection.graphql"].map { shared + "/" + $0 }
}

print("file                              size       concord MB/s (median)   GraphQLSwift MB/s (median)   ratio")
for file in files {
    guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("cannot read \(file)\n".utf8))
        exit(1)
    }
    let bytes = text.utf8.count
    let options = ParseOptions(maxTokens: .max)
    let ours = try measure(bytes: bytes, seconds: seconds) { _ = try GraphQLCore.parse(text, options: options) }
    let theirs = concordOnly ? (best: Double.nan, median: Double.nan)
        : try measure(bytes: bytes, seconds: seconds) { _ = try GraphQL.parse(source: Source(body: text)) }
    let name = (file as NSString).lastPathComponent
    print(name.padding(toLength: 32, withPad: " ", startingAt: 0),
          String(format: "%8d B   %8.1f (%6.1f)        %8.1f (%6.1f)            %5.1fx",
                 bytes, ours.best, ours.median, theirs.best, theirs.median, ours.best / theirs.best))
}
