// The parser's token helpers: peeking, expecting, keywords, locations and errors, worded
// as graphql-js words them (`Expected Name, found "}".`, `Unexpected Name "x".`).

extension Parser {
    /// Whether the current token is of `kind`.
    @inline(__always)
    func peek(_ kind: TokenKind) -> Bool {
        token.kind == kind
    }

    /// Whether the current token is a string that can be a description.
    @inline(__always)
    func peekDescription() -> Bool {
        token.kind == .string || token.kind == .blockString
    }

    /// Moves to the next token, enforcing `maxTokens`.
    @inline(__always)
    mutating func advance() throws(GraphQLError) {
        lastEnd = token.end
        token = try lexer.next()
        if token.kind != .eof {
            tokenCount += 1
            if tokenCount > maxTokens {
                throw syntaxError(at: token, "Document contains more than \(maxTokens) tokens. Parsing aborted.")
            }
        }
    }

    /// The token after the current one, without consuming anything.
    func lookahead() throws(GraphQLError) -> Token {
        var copy = lexer
        return try copy.next()
    }

    /// Consumes a token of `kind`, or throws `Expected <kind>, found <token>.`.
    @discardableResult @inline(__always)
    mutating func expect(_ kind: TokenKind) throws(GraphQLError) -> Token {
        let current = token
        guard current.kind == kind else {
            throw syntaxError(at: current, "Expected \(kind.description), found \(describe(current)).")
        }
        try advance()
        return current
    }

    /// Consumes a token of `kind` if it is the current one.
    @inline(__always)
    mutating func expectOptional(_ kind: TokenKind) throws(GraphQLError) -> Bool {
        guard token.kind == kind else { return false }
        try advance()
        return true
    }

    /// Whether the current token is the name `keyword`.
    @inline(__always)
    func isKeyword(_ keyword: StaticString) -> Bool {
        guard token.kind == .name, Int(token.end - token.start) == keyword.utf8CodeUnitCount else { return false }
        let start = Int(token.start)
        for offset in 0..<keyword.utf8CodeUnitCount where lexer.bytes[start + offset] != keyword.utf8Start[offset] {
            return false
        }
        return true
    }

    /// Consumes the name `keyword`, or throws `Expected "keyword", found <token>.`.
    mutating func expectKeyword(_ keyword: StaticString) throws(GraphQLError) {
        guard isKeyword(keyword) else {
            throw syntaxError(at: token, "Expected \"\(keyword)\", found \(describe(token)).")
        }
        try advance()
    }

    /// Consumes the name `keyword` if it is the current token.
    mutating func expectOptionalKeyword(_ keyword: StaticString) throws(GraphQLError) -> Bool {
        guard isKeyword(keyword) else { return false }
        try advance()
        return true
    }

    /// Counts one more level of nesting at the current token, or throws past `maxDepth`.
    @inline(__always)
    mutating func enterNesting() throws(GraphQLError) {
        depth += 1
        if depth > maxDepth {
            throw syntaxError(at: token, "Document exceeds the maximum nesting depth of \(maxDepth). Parsing aborted.")
        }
    }

    /// The location from `start` to the end of the last consumed token.
    @inline(__always)
    func loc(_ start: Token) -> Location {
        Location(start: start.start, end: lastEnd, line: start.line, column: start.column)
    }

    /// The source text of a name or number token.
    @inline(__always)
    func text(of token: Token) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: lexer.bytes[Int(token.start)..<Int(token.end)]), as: UTF8.self)
    }

    /// graphql-js's `getTokenDesc`: `Name "x"`, `"{"`, `<EOF>`.
    func describe(_ token: Token) -> String {
        guard token.kind.hasValue else { return token.kind.description }
        let value = token.kind == .string || token.kind == .blockString ? token.value ?? "" : text(of: token)
        return token.kind.description + " \"" + value + "\""
    }

    /// `Unexpected <token>.` at the token.
    func unexpected(_ token: Token) -> GraphQLError {
        syntaxError(at: token, "Unexpected \(describe(token)).")
    }

    /// A syntax error at a token's start.
    func syntaxError(at token: Token, _ message: String) -> GraphQLError {
        let location = token.kind == .sof ? SourceLocation(line: 1, column: 1)
            : SourceLocation(line: Int(token.line), column: Int(token.column))
        return GraphQLError("Syntax Error: " + message, locations: [location])
    }
}
