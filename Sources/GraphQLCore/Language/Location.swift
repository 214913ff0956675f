/// Where an AST node or token sits in its source text.
///
/// `start` and `end` are UTF-8 byte offsets (end exclusive). `line` and `column` are 1-based;
/// the column counts UTF-16 code units from the start of the line, as graphql-js does, and lines
/// break at `\r\n`, `\n` and `\r`.
public struct Location: Sendable, Hashable {
    /// Byte offset of the first byte.
    public var start: Int32
    /// Byte offset one past the last byte.
    public var end: Int32
    /// 1-based line of `start`.
    public var line: Int32
    /// 1-based column of `start`, in UTF-16 code units.
    public var column: Int32

    /// Creates a location.
    public init(start: Int32, end: Int32, line: Int32, column: Int32) {
        self.start = start
        self.end = end
        self.line = line
        self.column = column
    }

    /// A location for nodes built in code rather than parsed.
    public static let synthetic = Location(start: 0, end: 0, line: 0, column: 0)

    /// The line and column, as errors report them.
    public var sourceLocation: SourceLocation { SourceLocation(line: Int(line), column: Int(column)) }
}

/// A line and column in a source text, as GraphQL errors report them (`{"line": 1, "column": 2}`).
public struct SourceLocation: Sendable, Hashable {
    /// 1-based line.
    public var line: Int
    /// 1-based column, in UTF-16 code units.
    public var column: Int

    /// Creates a source location.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
