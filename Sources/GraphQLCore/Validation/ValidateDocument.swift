// Validation: checking that a document is valid for a schema before executing it.
// https://spec.graphql.org/September2025/#sec-Validation

/// Validates `document` against `schema` with `rules` (by default `specifiedRules`), in one
/// walk over the document. Returns the errors in graphql-js's order; an empty array means the
/// document is valid. After `maxErrors` errors, adds "Too many validation errors, error limit
/// reached. Validation aborted." and stops.
public func validate(schema: GraphQLSchema, document: DocumentNode,
                     rules: [any ValidationRule.Type] = specifiedRules, maxErrors: Int = 100) -> [GraphQLError] {
    validate(schema: schema, document: document, maxErrors: maxErrors) { context in
        rules.map { $0.init(context: context) }
    }
}

/// Validates `document` against `schema` with rule instances made by `makeRules` for this
/// validation (for rules that need configuration, such as limits).
public func validate(schema: GraphQLSchema, document: DocumentNode, maxErrors: Int = 100,
                     makeRules: (ValidationContext) -> [any ValidationRule]) -> [GraphQLError] {
    let context = ValidationContext(schema: schema, document: document, maxErrors: maxErrors)
    let walker = ValidationWalker(context: context, rules: makeRules(context))
    walker.walk(document)
    return context.errors
}
