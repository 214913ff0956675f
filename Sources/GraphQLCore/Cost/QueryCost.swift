// The static cost of an operation: how many objects it may ask for, counted before execution.
//
// Scalars and enums cost 0; every field of an object, interface or union type costs 1 per
// object it may return. A list multiplies the cost of its sub-selection by its size: the value
// of its `first`/`last` argument, the size of the connection above it for `edges`/`nodes`, or
// `defaultListSize`. Nested lists multiply. Fragments are expanded (each one costed once per
// size above it), `@skip`/`@include` are applied when their values are known (otherwise the
// selection counts), and the fields of every type condition count (an upper bound for
// abstract types). Introspection (`__schema`, `__type`, `__typename`) costs nothing:
// `MaxIntrospectionDepthRule` bounds it. Arithmetic saturates at `Int.max`: a cost never
// overflows, and a document nested deeper than `QueryCost.maxNesting` costs `Int.max`.

/// The cost of the operation `operationName` (or the only one) of `document`: see
/// `QueryCostOptions` for the sizes assumed. With `variables`, slicing arguments and
/// `@skip`/`@include` given by variables use the request's values (a missing variable is the
/// variable's default, else the argument's); without them (`nil`), a slicing argument given by
/// a variable counts as `unknownSliceSize`. Returns 0 when no operation is selected.
public func queryCost(schema: GraphQLSchema, document: DocumentNode, operationName: String? = nil,
                      variables: JSONObject? = nil, options: QueryCostOptions = QueryCostOptions()) -> Int {
    // PreparedDocument already indexes the fragments and selects the operation (GetOperation).
    PreparedDocument(document, schema: schema).cost(operationName: operationName, variables: variables, options: options)
}

extension PreparedDocument {
    /// The static cost of the operation `operationName` (or the only one) with these
    /// variables: `queryCost(schema:document:operationName:variables:options:)`.
    public func cost(operationName: String? = nil, variables: JSONObject? = nil,
                     options: QueryCostOptions = QueryCostOptions()) -> Int {
        guard case .success(let index) = operation(named: operationName) else { return 0 }
        var counter = QueryCost(schema: schema, fragments: fragments, operation: operations[index], variables: variables,
                                options: options)
        return counter.cost()
    }

    /// The static cost as `cost(operationName:variables:options:)` counts it, and whether the
    /// count read any variable: when `readsVariables` is false, the cost is that of every request
    /// for this operation, whatever its variables, and can be computed once.
    public func costSummary(operationName: String? = nil, variables: JSONObject? = nil,
                            options: QueryCostOptions = QueryCostOptions()) -> (cost: Int, readsVariables: Bool) {
        guard case .success(let index) = operation(named: operationName) else { return (0, false) }
        var counter = QueryCost(schema: schema, fragments: fragments, operation: operations[index], variables: variables,
                                options: options)
        let cost = counter.cost()
        return (cost, counter.readVariables)
    }
}

/// Counts the cost of one operation, each fragment once per size above it.
struct QueryCost {
    /// How deeply selection sets (fragments' included) may nest before the cost is `Int.max`:
    /// the parser's default depth, which a chain of fragment spreads is not bound by; this
    /// keeps the recursion well within a thread's stack.
    static let maxNesting = 128

    private struct FragmentKey: Hashable {
        let name: String
        let size: Sized?
    }

    /// The size a connection field gives the fields of its type that its size applies to.
    struct Sized: Hashable {
        let size: Int
        /// The fields it sizes: its `@listSize(sizedFields:)`, or nil for `QueryCostOptions.sizedFields`.
        let fields: [String]?
    }

    let schema: GraphQLSchema
    let fragments: [String: FragmentDefinitionNode]
    let operation: OperationDefinitionNode
    let variables: JSONObject?
    let options: QueryCostOptions
    private var fragmentCosts: [FragmentKey: Int] = [:]
    private var inProgress: Set<String> = []
    private var nesting = 0
    /// Whether the count read a variable's value (a slicing argument, `@skip`/`@include`, a list
    /// argument given by a variable): when it did not, the cost is the same for every request.
    private(set) var readVariables = false

    init(schema: GraphQLSchema, fragments: [String: FragmentDefinitionNode], operation: OperationDefinitionNode,
         variables: JSONObject?, options: QueryCostOptions) {
        self.schema = schema
        self.fragments = fragments
        self.operation = operation
        self.variables = variables
        self.options = options
    }

    /// The operation's cost.
    mutating func cost() -> Int {
        guard let root = schema.rootType(for: operation.operation) else { return 0 }
        return selectionCost(operation.selectionSet, on: root, size: nil)
    }

    /// The cost of a selection set on `type`; `size` is the slicing size of the field that
    /// holds it, when that field is not a list (a connection), for its `edges` and `nodes`.
    private mutating func selectionCost(_ selectionSet: SelectionSetNode, on type: GraphQLNamedType?, size: Sized?) -> Int {
        nesting += 1
        defer { nesting -= 1 }
        guard nesting <= QueryCost.maxNesting else { return Int.max }
        var total = 0
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                guard isIncluded(field.directives) else { continue }
                total = saturatingSum(total, fieldCost(field, on: type, size: size))
            case .inlineFragment(let inline):
                guard isIncluded(inline.directives) else { continue }
                let condition = inline.typeCondition.map { schema.type(named: $0.value) } ?? type
                total = saturatingSum(total, selectionCost(inline.selectionSet, on: condition, size: size))
            case .fragmentSpread(let spread):
                guard isIncluded(spread.directives) else { continue }
                total = saturatingSum(total, fragmentCost(spread.name.value, size: size))
            }
            if total == Int.max { return total }
        }
        return total
    }

    /// A fragment's cost, once per size; a fragment that spreads itself adds nothing the
    /// second time (validation refuses such documents; this only keeps the count finite).
    private mutating func fragmentCost(_ name: String, size: Sized?) -> Int {
        let key = FragmentKey(name: name, size: size)
        if let known = fragmentCosts[key] { return known }
        guard let fragment = fragments[name], !inProgress.contains(name) else { return 0 }
        inProgress.insert(name)
        let cost = selectionCost(fragment.selectionSet, on: schema.type(named: fragment.typeCondition.value), size: size)
        inProgress.remove(name)
        fragmentCosts[key] = cost
        return cost
    }

    /// One field's cost: its weight (1 for an object, interface or union, 0 for a leaf, unless
    /// `@cost` says otherwise) plus its sub-selection's, times its list size.
    private mutating func fieldCost(_ field: FieldNode, on type: GraphQLNamedType?, size parentSize: Sized?) -> Int {
        let name = field.name.value
        guard !name.hasPrefix("__"), let type, let definition = schema.field(named: name, on: type) else { return 0 }
        let named = definition.type.namedType
        let composite = named is GraphQLObjectType || named is GraphQLInterfaceType || named is GraphQLUnionType
        let weight = definition.costWeight ?? named.costWeight ?? (composite ? 1 : 0)
        guard composite || weight > 0 else { return 0 }
        let listSize = definition.listSize
        let slice = sliceSize(field, definition, listSize)
        let sizedByParent: Int?
        if let parentSize, parentSize.fields.map({ $0.contains(name) }) ?? options.sizedFields.contains(name) {
            sizedByParent = parentSize.size
        } else {
            sizedByParent = nil
        }
        var multiplier = 1
        var listType: GraphQLType? = definition.type
        var lists = 0
        while let current = listType {
            switch current {
            case .named: listType = nil
            case .nonNull(let inner): listType = inner
            case .list(let inner):
                let size = lists > 0 ? options.defaultListSize
                    : slice ?? sizedByParent ?? listArgumentSize(field, definition) ?? listSize?.assumedSize ?? options.defaultListSize
                multiplier = saturatingProduct(multiplier, max(0, size))
                lists += 1
                listType = inner
            }
        }
        var below = 0
        if let selectionSet = field.selectionSet, composite {
            // A connection (not a list itself) sizes its sized fields: by its slicing argument, else its assumed size.
            var sized: Sized?
            if lists == 0, let size = slice ?? (listSize?.sizedFields.isEmpty == false ? listSize?.assumedSize : nil) {
                sized = Sized(size: size, fields: listSize.map(\.sizedFields))
            }
            below = selectionCost(selectionSet, on: named, size: sized)
        }
        return saturatingProduct(multiplier, saturatingSum(weight, below))
    }

    /// The size a field's slicing arguments give (the larger of them), if it has any: each
    /// one's value, else its default. Its `@listSize(slicingArguments:)` names them, else
    /// `QueryCostOptions.slicingArguments` does.
    private mutating func sliceSize(_ field: FieldNode, _ definition: GraphQLField, _ listSize: ListSize?) -> Int? {
        var size: Int?
        let names = listSize.map { Set($0.slicingArguments) } ?? options.slicingArguments
        for argument in definition.arguments where names.contains(argument.name) {
            let given = field.arguments.first { $0.name.value == argument.name }.flatMap { argumentSize($0.value) }
            guard let value = given ?? argument.defaultValue.flatMap(QueryCost.size(of:)) else { continue }
            size = max(size ?? 0, value)
        }
        return size
    }

    /// For a list field without slicing arguments, such as `nodes(ids:)`: the longest list
    /// given to one of its list arguments (a literal's length, a variable's array length, or
    /// `unknownSliceSize` without the variables), since it returns one item per element.
    private mutating func listArgumentSize(_ field: FieldNode, _ definition: GraphQLField) -> Int? {
        var size: Int?
        for argument in definition.arguments {
            guard case .list = argument.type.nullable, let given = field.arguments.first(where: { $0.name.value == argument.name })
            else { continue }
            let length: Int?
            switch given.value.kind {
            case .list(let values): length = values.count
            case .variable(let name):
                readVariables = true
                guard let variables else { length = options.unknownSliceSize; break }
                if case .array(let items)? = variables[name] { length = items.count } else { length = nil }
            default: length = nil
            }
            if let length { size = max(size ?? 0, length) }
        }
        return size
    }

    /// The size a slicing argument's value gives; nil when it is null (or a variable with no
    /// value and no default), so that the argument's default applies.
    private mutating func argumentSize(_ value: ValueNode) -> Int? {
        switch value.kind {
        case .int(let text): return max(0, Int(text) ?? (text.hasPrefix("-") ? 0 : Int.max))
        case .variable(let name):
            readVariables = true
            guard let variables else { return options.unknownSliceSize }
            if let given = variables[name], given != .null { return QueryCost.size(of: given) ?? options.unknownSliceSize }
            guard variables[name] == nil,
                  let fallback = operation.variableDefinitions.first(where: { $0.variable.name.value == name })?.defaultValue,
                  case .int = fallback.kind else { return nil }
            return argumentSize(fallback)
        default: return nil
        }
    }

    /// A JSON size: an integer (or an integral float), never negative.
    private static func size(of value: JSON) -> Int? {
        switch value {
        case .int(let n): return max(0, n)
        case .double(let d) where d.isFinite && d.rounded() == d: return d <= 0 ? 0 : d >= Double(Int.max) ? Int.max : Int(d)
        default: return nil
        }
    }

    /// Whether `@skip`/`@include` keep a selection: unknown values keep it.
    private mutating func isIncluded(_ directives: [DirectiveNode]) -> Bool {
        for directive in directives {
            let name = directive.name.value
            guard name == "skip" || name == "include",
                  let condition = directive.arguments.first(where: { $0.name.value == "if" })?.value,
                  let value = booleanValue(condition) else { continue }
            if name == "skip" && value { return false }
            if name == "include" && !value { return false }
        }
        return true
    }

    private mutating func booleanValue(_ value: ValueNode) -> Bool? {
        switch value.kind {
        case .boolean(let flag): return flag
        case .variable(let name):
            readVariables = true
            if case .bool(let flag)? = variables?[name] { return flag }
            if variables != nil, variables?[name] == nil,
               let fallback = operation.variableDefinitions.first(where: { $0.variable.name.value == name })?.defaultValue,
               case .boolean(let flag) = fallback.kind {
                return flag
            }
            return nil
        default: return nil
        }
    }
}

/// `a + b`, or `Int.max` past it (costs are never negative).
private func saturatingSum(_ a: Int, _ b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? Int.max : sum
}

/// `a × b`, or `Int.max` past it.
private func saturatingProduct(_ a: Int, _ b: Int) -> Int {
    let (product, overflow) = a.multipliedReportingOverflow(by: b)
    return overflow ? Int.max : product
}
