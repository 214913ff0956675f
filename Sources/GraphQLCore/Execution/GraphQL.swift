// graphql-js's `graphql` and `graphqlSync`: parse, validate and execute one request.

/// Parses, validates and executes `source` (graphql-js's `graphql`). A syntax or validation
/// error gives a response with errors and no `data`. The schema is assumed valid (as
/// `buildSchema` leaves it). Servers that see the same document again should keep a
/// `PreparedDocument` per query text instead, which also keeps its plans.
public func graphql(schema: GraphQLSchema, source: String, rootValue: Any = JSON.object([:]), contextValue: Any? = nil,
                    variableValues: JSONObject = [:], operationName: String? = nil) async -> ExecutionResult {
    switch prepareRequest(schema: schema, source: source) {
    case .failure(let errors): return ExecutionResult(errors: errors.errors)
    case .success(let document):
        return await document.execute(rootValue: rootValue, contextValue: contextValue,
                                      variableValues: variableValues, operationName: operationName)
    }
}

/// `graphql` on the calling thread, for schemas whose resolvers are all synchronous
/// (graphql-js's `graphqlSync`).
public func graphqlSync(schema: GraphQLSchema, source: String, rootValue: Any = JSON.object([:]), contextValue: Any? = nil,
                        variableValues: JSONObject = [:], operationName: String? = nil) -> ExecutionResult {
    switch prepareRequest(schema: schema, source: source) {
    case .failure(let errors): return ExecutionResult(errors: errors.errors)
    case .success(let document):
        return document.executeSync(rootValue: rootValue, contextValue: contextValue,
                                    variableValues: variableValues, operationName: operationName)
    }
}

/// Errors that end a request before execution.
private struct RequestErrors: Error {
    let errors: [GraphQLError]
}

/// Parse and validate.
private func prepareRequest(schema: GraphQLSchema, source: String) -> Result<PreparedDocument, RequestErrors> {
    let document: DocumentNode
    do {
        document = try parse(source)
    } catch {
        return .failure(RequestErrors(errors: [error as? GraphQLError ?? GraphQLError("\(error)")]))
    }
    let errors = validate(schema: schema, document: document)
    guard errors.isEmpty else { return .failure(RequestErrors(errors: errors)) }
    return .success(PreparedDocument(document, schema: schema))
}
