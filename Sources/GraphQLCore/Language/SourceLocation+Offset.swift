// Line and column of a byte offset, computed the way graphql-js's `getLocation` does:
// lines break at \r\n, \n and \r; columns count UTF-16 code units.

/// The 1-based line and column (in UTF-16 code units) of byte offset `offset` in `bytes`.
func sourceLocation(of bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> SourceLocation {
    var line = 1
    var lineStart = 0
    var index = 0
    let end = min(offset, bytes.count)
    while index < end {
        let byte = bytes[index]
        if byte == 0x0A {
            line += 1
            lineStart = index + 1
        } else if byte == 0x0D {
            if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
            line += 1
            lineStart = index + 1
        }
        index += 1
    }
    var column = 1
    index = lineStart
    while index < end {
        let byte = bytes[index]
        if byte < 0x80 || byte >= 0xC0 { column += byte >= 0xF0 ? 2 : 1 }
        index += 1
    }
    return SourceLocation(line: line, column: column)
}
