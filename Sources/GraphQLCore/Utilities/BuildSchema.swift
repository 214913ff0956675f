// buildSchema: SDL text to a schema.

/// Parses `sdl` and builds its schema (see `buildASTSchema`). Throws the parser's
/// `GraphQLError` for a syntax error, `SchemaValidationError` for an invalid schema.
public func buildSchema(_ sdl: String) throws -> GraphQLSchema {
    try buildASTSchema(parse(sdl))
}
