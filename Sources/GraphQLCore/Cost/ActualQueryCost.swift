// The cost of what an execution returned (Shopify's `actualQueryCost`): the static cost's
// weights (1 for each object, interface or union value, 0 for leaves, unless `@cost` says
// otherwise) counted over the `data` actually written, so that lists count the items they
// returned, not their `first`/`last`, and a null object costs nothing. The requested cost
// (`queryCost`) is an upper bound of it whenever the lists returned are no longer than their
// sizes there.

extension PreparedDocument {
    /// The actual cost of `data`, the `data` entry an execution of the operation
    /// `operationName` (or the only one) with `variables` returned; 0 when no operation is selected.
    public func actualCost(operationName: String? = nil, variables: JSONObject? = nil, data: JSON) -> Int {
        guard case .success(let index) = operation(named: operationName), case .object(let object) = data,
              let root = schema.rootType(for: operations[index].operation) else { return 0 }
        var counter = ActualCost(schema: schema, fragments: fragments, operation: operations[index], variables: variables ?? [:])
        return counter.objectCost(object, type: root, selections: [operations[index].selectionSet])
    }
}

/// Walks a response's `data` with the operation's selections.
struct ActualCost {
    /// The fields selected under one response key: its definition and every selection set merged into it.
    private struct Entry {
        let definition: GraphQLField
        var selectionSets: [SelectionSetNode]
    }

    let schema: GraphQLSchema
    let fragments: [String: FragmentDefinitionNode]
    let operation: OperationDefinitionNode
    let variables: JSONObject
    private var nesting = 0

    init(schema: GraphQLSchema, fragments: [String: FragmentDefinitionNode], operation: OperationDefinitionNode, variables: JSONObject) {
        self.schema = schema
        self.fragments = fragments
        self.operation = operation
        self.variables = variables
    }

    /// The cost of the values of one object of `type` (its own weight is its field's).
    mutating func objectCost(_ object: JSONObject, type: GraphQLNamedType, selections: [SelectionSetNode]) -> Int {
        nesting += 1
        defer { nesting -= 1 }
        guard nesting <= 4 * QueryCost.maxNesting else { return 0 }
        var fields: [String: Entry] = [:]
        var typeNameKeys: [String] = []
        var runtime: GraphQLNamedType? = type is GraphQLObjectType ? type : nil
        var inProgress: Set<String> = []
        collect(selections, on: type, runtime: runtime, into: &fields, typeNameKeys: &typeNameKeys, inProgress: &inProgress)
        // An abstract position whose `__typename` was selected: only its runtime type's fragments count.
        if runtime == nil, let key = typeNameKeys.first, case .string(let name)? = object[key], let concrete = schema.type(named: name) {
            runtime = concrete
            fields = [:]
            collect(selections, on: type, runtime: runtime, into: &fields, typeNameKeys: &typeNameKeys, inProgress: &inProgress)
        }
        var total = 0
        for (key, value) in object {
            guard let entry = fields[key] else { continue }
            total = saturatingAdd(total, valueCost(value, entry))
        }
        return total
    }

    /// A field's value: its weight for each non-null item, plus what each object's own fields cost.
    private mutating func valueCost(_ value: JSON, _ entry: Entry) -> Int {
        let named = entry.definition.type.namedType
        let composite = named is GraphQLObjectType || named is GraphQLInterfaceType || named is GraphQLUnionType
        let weight = entry.definition.costWeight ?? named.costWeight ?? (composite ? 1 : 0)
        switch value {
        case .null: return 0
        case .array(let items):
            var total = 0
            for item in items { total = saturatingAdd(total, valueCost(item, entry)) }
            return total
        case .object(let object) where composite:
            return saturatingAdd(weight, objectCost(object, type: named, selections: entry.selectionSets))
        default: return weight
        }
    }

    /// The fields selected on an object of `type` by response key, fragments expanded; with a
    /// known `runtime` type only the fragments that apply to it, otherwise every one.
    private func collect(_ selectionSets: [SelectionSetNode], on type: GraphQLNamedType, runtime: GraphQLNamedType?,
                         into fields: inout [String: Entry], typeNameKeys: inout [String], inProgress: inout Set<String>) {
        for selectionSet in selectionSets {
            for selection in selectionSet.selections {
                switch selection {
                case .field(let field):
                    guard includes(field.directives) else { continue }
                    let key = field.alias?.value ?? field.name.value
                    if field.name.value == "__typename" { typeNameKeys.append(key) }
                    guard !field.name.value.hasPrefix("__"), let definition = schema.field(named: field.name.value, on: type) else { continue }
                    var entry = fields[key] ?? Entry(definition: definition, selectionSets: [])
                    if let set = field.selectionSet { entry.selectionSets.append(set) }
                    fields[key] = entry
                case .inlineFragment(let inline):
                    guard includes(inline.directives) else { continue }
                    let condition = inline.typeCondition.flatMap { schema.type(named: $0.value) } ?? type
                    guard applies(condition, to: runtime) else { continue }
                    collect([inline.selectionSet], on: condition, runtime: runtime, into: &fields, typeNameKeys: &typeNameKeys,
                            inProgress: &inProgress)
                case .fragmentSpread(let spread):
                    let name = spread.name.value
                    guard includes(spread.directives), let fragment = fragments[name], !inProgress.contains(name),
                          let condition = schema.type(named: fragment.typeCondition.value), applies(condition, to: runtime) else { continue }
                    inProgress.insert(name)
                    collect([fragment.selectionSet], on: condition, runtime: runtime, into: &fields, typeNameKeys: &typeNameKeys,
                            inProgress: &inProgress)
                    inProgress.remove(name)
                }
            }
        }
    }

    /// Whether a fragment on `condition` applies to an object of `runtime` (any, when unknown).
    private func applies(_ condition: GraphQLNamedType, to runtime: GraphQLNamedType?) -> Bool {
        guard let runtime, condition !== runtime else { return true }
        return !(condition is GraphQLObjectType) && schema.isSubType(condition, runtime)
    }

    /// `@skip`/`@include` with the request's variables (the variable's default when it has no value).
    private func includes(_ directives: [DirectiveNode]) -> Bool {
        for directive in directives where directive.name.value == "skip" || directive.name.value == "include" {
            guard let value = directive.arguments.first(where: { $0.name.value == "if" })?.value else { continue }
            var flag: Bool?
            switch value.kind {
            case .boolean(let literal): flag = literal
            case .variable(let name):
                if case .bool(let given)? = variables[name] {
                    flag = given
                } else if let fallback = operation.variableDefinitions.first(where: { $0.variable.name.value == name })?.defaultValue,
                          case .boolean(let given) = fallback.kind {
                    flag = given
                }
            default: break
            }
            guard let flag else { continue }
            if directive.name.value == "skip" && flag { return false }
            if directive.name.value == "include" && !flag { return false }
        }
        return true
    }

    private func saturatingAdd(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }
}
