// Word-at-a-time scanning: strings, block strings and comments are skipped eight bytes at a
// time until a byte that matters (a quote, a backslash, a line terminator or a non-ASCII byte).

/// Eight copies of `byte`.
@inline(__always)
private func repeated(_ byte: UInt8) -> UInt64 {
    UInt64(byte) &* 0x0101_0101_0101_0101
}

/// High bits set in the bytes of `word` that equal `byte` (exact for "is there any": the
/// classic has-zero-byte test on `word ^ byte`).
@inline(__always)
private func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let x = word ^ repeated(byte)
    return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
}

extension Lexer {
    /// The first offset from `index` whose byte is `"`, `\`, `\n`, `\r` or non-ASCII, or a
    /// nearby offset before it (never past it); `bytes.count` if none.
    @inline(__always)
    func skipStringText(from index: Int) -> Int {
        var index = index
        let base = UnsafeRawPointer(bytes.baseAddress!)
        while index + 8 <= bytes.count {
            let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let special = matches(word, 0x22) | matches(word, 0x5C) | matches(word, 0x0A) | matches(word, 0x0D)
                | (word & 0x8080_8080_8080_8080)
            if special != 0 { return index + special.trailingZeroBitCount / 8 }
            index += 8
        }
        return index
    }

    /// The first offset from `index` (before `end`) whose byte is `\n` or `\r`, or `end`.
    @inline(__always)
    func findLineTerminator(from index: Int, before end: Int) -> Int {
        var index = index
        let base = UnsafeRawPointer(bytes.baseAddress!)
        while index + 8 <= end {
            let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let special = matches(word, 0x0A) | matches(word, 0x0D)
            if special != 0 { return index + special.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < end && bytes[index] != 0x0A && bytes[index] != 0x0D { index += 1 }
        return index
    }
}
