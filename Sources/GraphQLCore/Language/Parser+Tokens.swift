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

    /// Moves to the next token, enforcing `maxTokens`. Out of line, like `expect` and
    /// `expectOptional`: inlined, their error paths would swell every recursive frame.
    @inline(never)
    mutating func advance() throws(GraphQLError) {
        lastEnd = token.end
        token = try lexer.next()
        if token.kind != .eof {
            tokenCount += 1
            if tokenCount > maxTokens { throw tooManyTokens() }
        }
    }

    /// The token after the current one, without consuming anything.
    func lookahead() throws(GraphQLError) -> Token {
        var copy = lexer
        return try copy.next()
    }

    /// Consumes a token of `kind`, or throws `Expected <kind>, found <token>.`.
    @discardableResult @inline(never)
    mutating func expect(_ kind: TokenKind) throws(GraphQLError) -> Token {
        let current = token
        guard current.kind == kind else { throw expected(kind) }
        try advance()
        return current
    }

    /// Consumes a token of `kind` if it is the current one.
    @inline(never)
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
        guard isKeyword(keyword) else { throw expected(keyword) }
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
        if depth > maxDepth { throw tooDeep() }
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

    // MARK: Errors (kept out of line: they are cold, and inlined they would grow every frame)

    /// graphql-js's `getTokenDesc`: `Name "x"`, `"{"`, `<EOF>`, `String "value"`.
    @inline(never)
    func describe(_ token: Token) -> String {
        guard token.kind.hasValue else { return token.kind.description }
        var value = text(of: token)
        if token.kind == .string || token.kind == .blockString {
            // Strings are described by their value: read the token again.
            var relexer = Lexer(lexer.bytes)
            relexer.position = Int(token.start)
            value = (try? relexer.next()).map { _ in relexer.stringValue } ?? value
        }
        return token.kind.description + " \"" + value + "\""
    }

    /// `Unexpected <token>.` at the token.
    @inline(never)
    func unexpected(_ token: Token) -> GraphQLError {
        syntaxError(at: token, "Unexpected \(describe(token)).")
    }

    /// `Expected <kind>, found <current token>.`
    @inline(never)
    func expected(_ kind: TokenKind) -> GraphQLError {
        syntaxError(at: token, "Expected \(kind.description), found \(describe(token)).")
    }

    /// `Expected "keyword", found <current token>.`
    @inline(never)
    func expected(_ keyword: StaticString) -> GraphQLError {
        syntaxError(at: token, "Expected \"\(keyword)\", found \(describe(token)).")
    }

    /// `Unexpected variable "$name" in constant value.` at the `$`.
    @inline(never)
    func variableInConstant(at dollar: Token) -> GraphQLError {
        syntaxError(at: dollar, "Unexpected variable \"$\(text(of: token))\" in constant value.")
    }

    /// A description before something that cannot have one.
    @inline(never)
    func unexpectedDescription() -> GraphQLError {
        syntaxError(at: token, "Unexpected description, descriptions are supported only on type definitions.")
    }

    /// `true`, `false` or `null` as an enum value.
    @inline(never)
    func reservedEnumValue() -> GraphQLError {
        syntaxError(at: token, "\(describe(token)) is reserved and cannot be used for an enum value.")
    }

    /// Past `maxTokens`.
    @inline(never)
    func tooManyTokens() -> GraphQLError {
        syntaxError(at: token, "Document contains more than \(maxTokens) tokens. Parsing aborted.")
    }

    /// Past `maxDepth`.
    @inline(never)
    func tooDeep() -> GraphQLError {
        syntaxError(at: token, "Document exceeds the maximum nesting depth of \(maxDepth). Parsing aborted.")
    }

    /// A syntax error at a token's start.
    @inline(never)
    func syntaxError(at token: Token, _ message: String) -> GraphQLError {
        let location = token.kind == .sof ? SourceLocation(line: 1, column: 1)
            : SourceLocation(line: Int(token.line), column: Int(token.column))
        return GraphQLError("Syntax Error: " + message, locations: [location])
    }
}
