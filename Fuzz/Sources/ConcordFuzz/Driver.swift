// `@preconcurrency`: Glibc's `stderr` is a plain C global, which Swift 6 rejects as shared mutable
// state; the C library sets it before `main` and nothing reassigns it.
@preconcurrency import Glibc

// The libFuzzer entry point. SwiftPM links an executable target's entry point under the name
// `<Module>_main`; libFuzzer brings its own `main`, so we define `ConcordFuzz_main` and hand
// control to `LLVMFuzzerRunDriver` with the chosen target's callback.
//
//     ConcordFuzz TARGET [libFuzzer flags] [corpus dirs]
//
// TARGET is also read from CONCORD_FUZZ_TARGET, so that libFuzzer's child processes
// (`-fork`, `-jobs`) find it again.

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(_ argc: UnsafeMutablePointer<CInt>,
                       _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                       _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The callback libFuzzer calls with each input.
private typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

/// The targets by name.
private let targets: [(name: String, callback: FuzzCallback)] = [
    ("parse", { data, size in FuzzTargets.parseTarget(Input(data, size)); return 0 }),
    ("roundtrip", { data, size in FuzzTargets.roundTripTarget(Input(data, size)); return 0 }),
    ("schema", { data, size in FuzzTargets.schemaTarget(Input(data, size)); return 0 }),
    ("validate", { data, size in FuzzTargets.validateTarget(Input(data, size)); return 0 }),
    ("execute", { data, size in FuzzTargets.executeTarget(Input(data, size)); return 0 }),
    ("json", { data, size in FuzzTargets.jsonTarget(Input(data, size)); return 0 }),
    ("http", { data, size in FuzzTargets.httpTarget(Input(data, size)); return 0 }),
    ("cost", { data, size in FuzzTargets.costTarget(Input(data, size)); return 0 }),
]

@_cdecl("ConcordFuzz_main")
func concordFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var arguments = (0..<Int(argc)).map { argv[$0] }
    var name = getenv("CONCORD_FUZZ_TARGET").map { String(cString: $0) }
    if arguments.count > 1, let first = arguments[1].map({ String(cString: $0) }),
       targets.contains(where: { $0.name == first }) {
        name = first
        arguments.remove(at: 1)
    }
    guard let name, let target = targets.first(where: { $0.name == name }) else {
        let names = targets.map(\.name).joined(separator: "|")
        fputs("usage: ConcordFuzz \(names) [libFuzzer flags] [corpus dirs]\n", stderr)
        return 2
    }
    setenv("CONCORD_FUZZ_TARGET", name, 1)
    FuzzTargets.prepare(name)
    var count = CInt(arguments.count)
    arguments.append(nil)
    return arguments.withUnsafeMutableBufferPointer { buffer in
        var base = buffer.baseAddress
        return runDriver(&count, &base, target.callback)
    }
}

/// One fuzzer input as bytes.
struct Input {
    let bytes: UnsafeBufferPointer<UInt8>

    init(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        bytes = UnsafeBufferPointer(start: size == 0 ? nil : data, count: size)
    }

    /// The input as text (invalid UTF-8 replaced, as a server decoding a body would).
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The input split at its first NUL byte: the document, then the variables JSON.
    var documentAndVariables: (String, UnsafeBufferPointer<UInt8>?) {
        guard let split = bytes.firstIndex(of: 0) else { return (text, nil) }
        let document = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<split]), as: UTF8.self)
        return (document, UnsafeBufferPointer(rebasing: bytes[(split + 1)...]))
    }
}

/// Stops the fuzzer with a message: libFuzzer records the input as a crash.
func violation(_ message: String) -> Never {
    fputs("ConcordFuzz: \(message)\n", stderr)
    abort()
}
