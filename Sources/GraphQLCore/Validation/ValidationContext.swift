// What every rule sees during one validation: the schema, the document, its fragments, the
// current TypeInfo, the errors so far, and cached facts about operations and fragments
// (graphql-js's ValidationContext).

/// The state of one validation, shared by all rules.
public final class ValidationContext {
    /// The schema validated against.
    public let schema: GraphQLSchema
    /// The document being validated.
    public let document: DocumentNode
    /// The schema's view of the node being visited.
    public let typeInfo: TypeInfo
    /// The errors reported so far, in order.
    @exclusivity(unchecked) public private(set) var errors: [GraphQLError] = []
    /// The number of errors after which validation stops.
    public let maxErrors: Int
    /// Whether the error limit was reached; nothing more is reported.
    @exclusivity(unchecked) public private(set) var isAborted = false

    /// Where the directive being visited is (set by the walker for every directive).
    @exclusivity(unchecked) public internal(set) var directiveLocation: DirectiveLocation?
    /// Whether the walker is inside a type-system definition or extension.
    @exclusivity(unchecked) public internal(set) var isInTypeSystemDefinition = false

    /// Set by `skipChildren()`, read and cleared by the walker.
    @exclusivity(unchecked) var skipRequested = false

    /// Fragment definitions by name (the last one wins for a repeated name, as in graphql-js).
    public let fragments: [String: FragmentDefinitionNode]

    private var spreadCache: [Location: [FragmentSpreadNode]] = [:]
    private var referencedFragmentsCache: [Location: [FragmentDefinitionNode]] = [:]
    private var usageCache: [Location: [VariableUsage]] = [:]
    private var recursiveUsageCache: [Location: [VariableUsage]] = [:]

    /// Creates the context for validating `document` against `schema`.
    public init(schema: GraphQLSchema, document: DocumentNode, maxErrors: Int = 100) {
        self.schema = schema
        self.document = document
        self.typeInfo = TypeInfo(schema: schema)
        self.maxErrors = maxErrors
        var fragments: [String: FragmentDefinitionNode] = [:]
        fragments.reserveCapacity(document.definitions.count)
        for case .fragment(let fragment) in document.definitions { fragments[fragment.name.value] = fragment }
        self.fragments = fragments
    }

    // MARK: Errors

    /// Reports an error. Past `maxErrors`, adds graphql-js's "Too many validation errors"
    /// error once and stops the validation.
    public func reportError(_ error: GraphQLError) {
        guard !isAborted else { return }
        if errors.count >= maxErrors {
            errors.append(GraphQLError("Too many validation errors, error limit reached. Validation aborted."))
            isAborted = true
            return
        }
        errors.append(error)
    }

    /// Reports an error with `message` located at `nodes`.
    public func reportError(_ message: String, nodes: [Location]) {
        reportError(GraphQLError(message, nodes: nodes))
    }

    /// Called from an enter callback: the calling rule is not called again until the walker
    /// leaves the node being entered (graphql-js's `return false`).
    public func skipChildren() { skipRequested = true }

    // MARK: TypeInfo shortcuts

    /// The output type at the current position.
    public var type: GraphQLType? { typeInfo.type }
    /// The composite type whose selection set is being visited.
    public var parentType: GraphQLNamedType? { typeInfo.parentType }
    /// The expected input type at the current position.
    public var inputType: GraphQLType? { typeInfo.inputType }
    /// The input type of the enclosing input position.
    public var parentInputType: GraphQLType? { typeInfo.parentInputType }
    /// The current field's definition.
    public var fieldDef: GraphQLField? { typeInfo.fieldDef }
    /// The current directive's definition.
    public var directive: GraphQLDirective? { typeInfo.directive }
    /// The current argument's definition.
    public var argument: GraphQLArgument? { typeInfo.argument }
    /// The current enum value's definition.
    public var enumValue: GraphQLEnumValue? { typeInfo.enumValue }
    /// The default value of the current argument or input field, if any.
    public var defaultValue: JSON? { typeInfo.defaultValue }

    // MARK: Fragments and variables

    /// The fragment definition named `name`, if any.
    public func fragment(named name: String) -> FragmentDefinitionNode? { fragments[name] }

    /// The fragment spreads in a selection set, nested fields and inline fragments included
    /// (graphql-js's order).
    public func fragmentSpreads(in selectionSet: SelectionSetNode) -> [FragmentSpreadNode] {
        let cacheable = selectionSet.loc != .synthetic
        if cacheable, let cached = spreadCache[selectionSet.loc] { return cached }
        var spreads: [FragmentSpreadNode] = []
        var setsToVisit = [selectionSet]
        while let set = setsToVisit.popLast() {
            for selection in set.selections {
                switch selection {
                case .fragmentSpread(let spread): spreads.append(spread)
                case .field(let field): if let sub = field.selectionSet { setsToVisit.append(sub) }
                case .inlineFragment(let inline): setsToVisit.append(inline.selectionSet)
                }
            }
        }
        if cacheable { spreadCache[selectionSet.loc] = spreads }
        return spreads
    }

    /// Every fragment an operation uses, directly or through other fragments (graphql-js's order).
    public func recursivelyReferencedFragments(of operation: OperationDefinitionNode) -> [FragmentDefinitionNode] {
        let cacheable = operation.loc != .synthetic
        if cacheable, let cached = referencedFragmentsCache[operation.loc] { return cached }
        var found: [FragmentDefinitionNode] = []
        var collected: Set<String> = []
        var setsToVisit = [operation.selectionSet]
        while let set = setsToVisit.popLast() {
            for spread in fragmentSpreads(in: set) where collected.insert(spread.name.value).inserted {
                if let fragment = fragments[spread.name.value] {
                    found.append(fragment)
                    setsToVisit.append(fragment.selectionSet)
                }
            }
        }
        if cacheable { referencedFragmentsCache[operation.loc] = found }
        return found
    }

    /// The variable uses in an operation, not following fragment spreads.
    public func variableUsages(in operation: OperationDefinitionNode) -> [VariableUsage] {
        let cacheable = operation.loc != .synthetic
        if cacheable, let cached = usageCache[operation.loc] { return cached }
        var collector = VariableUsageCollector(schema: schema)
        collector.collect(operation)
        if cacheable { usageCache[operation.loc] = collector.usages }
        return collector.usages
    }

    /// Stores the variable uses the walker met in an operation or fragment definition (the
    /// same TypeInfo positions a separate collection would find), so that rules asking at the
    /// definition's leave, or later, need no second walk.
    func recordVariableUsages(_ usages: [VariableUsage], ofDefinitionAt loc: Location) {
        if loc != .synthetic, usageCache[loc] == nil { usageCache[loc] = usages }
    }

    /// The variable uses in a fragment definition, not following fragment spreads.
    public func variableUsages(in fragment: FragmentDefinitionNode) -> [VariableUsage] {
        let cacheable = fragment.loc != .synthetic
        if cacheable, let cached = usageCache[fragment.loc] { return cached }
        var collector = VariableUsageCollector(schema: schema)
        collector.collect(fragment)
        if cacheable { usageCache[fragment.loc] = collector.usages }
        return collector.usages
    }

    /// The variable uses of an operation and of every fragment it uses, recursively
    /// (graphql-js's getRecursiveVariableUsages).
    public func recursiveVariableUsages(of operation: OperationDefinitionNode) -> [VariableUsage] {
        let cacheable = operation.loc != .synthetic
        if cacheable, let cached = recursiveUsageCache[operation.loc] { return cached }
        var usages = variableUsages(in: operation)
        for fragment in recursivelyReferencedFragments(of: operation) {
            usages.append(contentsOf: variableUsages(in: fragment))
        }
        if cacheable { recursiveUsageCache[operation.loc] = usages }
        return usages
    }
}
