// The parser's public entry points, as graphql-js names them: `parse`, `parseValue`,
// `parseConstValue` and `parseType`.

/// Parses a GraphQL document, executable or type system (graphql-js `parse`).
///
/// Throws a `GraphQLError` ("Syntax Error: ...") with the line and column of the problem.
public func parse(_ source: String, options: ParseOptions = ParseOptions()) throws -> DocumentNode {
    try withParser(source, options) { (parser: inout Parser) throws(GraphQLError) in try parser.parseDocument() }
}

/// Parses one value literal, variables allowed (graphql-js `parseValue`).
public func parseValue(_ source: String, options: ParseOptions = ParseOptions()) throws -> ValueNode {
    try withParser(source, options) { (parser: inout Parser) throws(GraphQLError) in
        try parser.expect(.sof)
        let value = try parser.parseValueLiteral(const: false)
        try parser.expect(.eof)
        return value
    }
}

/// Parses one constant value literal: a variable is an error (graphql-js `parseConstValue`).
public func parseConstValue(_ source: String, options: ParseOptions = ParseOptions()) throws -> ValueNode {
    try withParser(source, options) { (parser: inout Parser) throws(GraphQLError) in
        try parser.expect(.sof)
        let value = try parser.parseValueLiteral(const: true)
        try parser.expect(.eof)
        return value
    }
}

/// Parses one type reference such as `[String!]!` (graphql-js `parseType`).
public func parseType(_ source: String, options: ParseOptions = ParseOptions()) throws -> TypeNode {
    try withParser(source, options) { (parser: inout Parser) throws(GraphQLError) in
        try parser.expect(.sof)
        let type = try parser.parseTypeReference()
        try parser.expect(.eof)
        return type
    }
}

/// Runs `body` with a parser over the source's UTF-8 bytes.
private func withParser<Result>(_ source: String, _ options: ParseOptions,
                                _ body: (inout Parser) throws(GraphQLError) -> Result) throws(GraphQLError) -> Result {
    var source = source
    let outcome: Swift.Result<Result, GraphQLError> = source.withUTF8 { bytes in
        guard bytes.count < Int(Int32.max) else {
            return .failure(GraphQLError("Syntax Error: Document is larger than 2 GiB.", locations: [SourceLocation(line: 1, column: 1)]))
        }
        var parser = Parser(bytes, options: options)
        do throws(GraphQLError) {
            return .success(try body(&parser))
        } catch {
            return .failure(error)
        }
    }
    return try outcome.get()
}
