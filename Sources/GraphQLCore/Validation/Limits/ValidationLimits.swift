// Limits that are not rules of the spec: they bound how much work a document may ask for,
// so that a server can refuse hostile documents before validating them in full. Every limit
// is off unless configured.

/// Bounds on what one request's document may ask for: its size and shape, checked before the
/// spec's rules (`check`), its text's length, checked before it is parsed (`sizeError`), its
/// static cost (`queryCost`, checked by the server with the request's variables), and the
/// executor's backstops its execution runs under. `nil` turns a limit off; the default value
/// has every limit off. A server configures one value of these per kind of caller.
///
/// Introspection (`__schema`, `__type`) does not count towards depth: the introspection query
/// every client sends nests type references deeply, and `MaxIntrospectionDepthRule` bounds
/// what introspection can ask for.
public struct ValidationLimits: Sendable, Hashable {
    /// The deepest nesting of fields in an operation, fragments expanded (`{ a { b } }` is 2).
    public var maxDepth: Int?
    /// The most aliased fields an operation may select, fragments expanded each time they are spread.
    public var maxAliases: Int?
    /// The most distinct root fields (response keys) an operation may select.
    public var maxRootFields: Int?
    /// The most lexical tokens a document may have (comments and commas are not tokens).
    public var maxTokens: Int?
    /// The longest document text allowed, in UTF-8 bytes (comments and spaces count, tokens
    /// do not see them); checked before the document is parsed or stored anywhere.
    public var maxDocumentBytes: Int?
    /// The highest static cost (`queryCost`, with the request's variables) an operation may
    /// have; over it a server refuses the request with `MAX_COST_EXCEEDED`.
    public var maxCost: Int?
    /// The executor's backstops for the document's execution: response size and time.
    public var execution: ExecutionLimits

    /// Creates limits; every limit is off unless given.
    public init(maxDepth: Int? = nil, maxAliases: Int? = nil, maxRootFields: Int? = nil, maxTokens: Int? = nil,
                maxDocumentBytes: Int? = nil, maxCost: Int? = nil, maxResponseBytes: Int? = nil, timeout: Double? = nil) {
        self.maxDepth = maxDepth
        self.maxAliases = maxAliases
        self.maxRootFields = maxRootFields
        self.maxTokens = maxTokens
        self.maxDocumentBytes = maxDocumentBytes
        self.maxCost = maxCost
        self.execution = ExecutionLimits(maxResponseBytes: maxResponseBytes, timeout: timeout)
    }

    /// The most bytes of `data` an execution may write (`execution.maxResponseBytes`).
    public var maxResponseBytes: Int? {
        get { execution.maxResponseBytes }
        set { execution.maxResponseBytes = newValue }
    }

    /// The most seconds an execution may take (`execution.timeout`).
    public var timeout: Double? {
        get { execution.timeout }
        set { execution.timeout = newValue }
    }

    /// No limits.
    public static let none = ValidationLimits()

    /// Whether every limit is off.
    public var isEmpty: Bool { !limitsShape && maxDocumentBytes == nil && maxCost == nil && execution.isEmpty }

    /// Whether a limit on the document's shape (what `check` looks at) is on.
    private var limitsShape: Bool { maxDepth != nil || maxAliases != nil || maxRootFields != nil || maxTokens != nil }

    /// The error for a document text longer than `maxDocumentBytes`, nil within it.
    public func sizeError(of text: String) -> GraphQLError? {
        guard let maximum = maxDocumentBytes, text.utf8.count > maximum else { return nil }
        return GraphQLError("The document is \(text.utf8.count) bytes long, over the limit of \(maximum) bytes.")
    }

    /// Parse options that stop the parser itself past `maxTokens`, so that a huge document is
    /// refused before it is built ("Document contains more than N tokens. Parsing aborted.").
    public var parseOptions: ParseOptions {
        var options = ParseOptions()
        if let maxTokens { options.maxTokens = maxTokens }
        return options
    }

    /// The limits `document` exceeds, as errors with locations: tokens first, then for each
    /// operation in order its depth, aliases and root fields.
    public func check(_ document: DocumentNode) -> [GraphQLError] {
        guard limitsShape else { return [] }
        var errors: [GraphQLError] = []
        if let maxTokens, let error = TokenLimit(maxTokens: maxTokens).check(document) { errors.append(error) }
        var fragments: [String: FragmentDefinitionNode] = [:]
        for case .fragment(let fragment) in document.definitions { fragments[fragment.name.value] = fragment }
        var depth = maxDepth.map { DepthLimit(maxDepth: $0, fragments: fragments) }
        var aliases = maxAliases.map { AliasLimit(maxAliases: $0, fragments: fragments) }
        let rootFields = maxRootFields.map { RootFieldLimit(maxRootFields: $0, fragments: fragments) }
        for case .operation(let operation) in document.definitions {
            if let error = depth?.check(operation) { errors.append(error) }
            if let error = aliases?.check(operation) { errors.append(error) }
            if let error = rootFields?.check(operation) { errors.append(error) }
        }
        return errors
    }
}

/// Checks `limits` first and, if the document is within them, validates it with `rules`:
/// a document over a limit gets only the limit errors, and no costly rule runs on it.
public func validate(schema: GraphQLSchema, document: DocumentNode, limits: ValidationLimits,
                     rules: [any ValidationRule.Type] = specifiedRules, maxErrors: Int = 100) -> [GraphQLError] {
    let limitErrors = limits.check(document)
    if !limitErrors.isEmpty { return limitErrors }
    return validate(schema: schema, document: document, rules: rules, maxErrors: maxErrors)
}
