@_spi(Fuzzing) import HTTPServer

extension FuzzTargets {
    /// `http`: any bytes as one connection's input. The request parser throws or returns, never
    /// crashes, keeps bodies within the limit, and reads the same requests (or stops at the same
    /// error) whether the bytes arrive at once or a few at a time. The first byte picks the
    /// piece size (1 to 16).
    static func httpTarget(_ input: Input) {
        guard let first = input.bytes.first else { return }
        let bytes = Array(input.bytes.dropFirst())
        let whole = RequestParsing.outcome(of: bytes, pieceSize: bytes.count)
        let pieces = RequestParsing.outcome(of: bytes, pieceSize: Int(first % 16) + 1)
        if whole != pieces { violation("pieces of \(Int(first % 16) + 1) bytes read \(pieces), at once \(whole)") }
        if whole.contains(where: { $0.hasPrefix("body over the limit") }) { violation("a body went over the limit: \(whole)") }
    }
}
