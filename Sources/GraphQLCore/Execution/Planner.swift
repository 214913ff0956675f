import Foundation

// Builds execution plans: CollectFields, field lookup, argument coercion and the completion
// tree of every field, done once per operation and @skip/@include variable values.

/// Plans one operation of a prepared document for one set of `@skip`/`@include` values.
// unchecked: `leafCompletions` is written only under `lock` once the plan is shared, the rest is `let`
final class Planner: @unchecked Sendable {
    let schema: GraphQLSchema
    /// The document's fragments (not the document itself: the document holds its plans, and
    /// each plan its planner).
    let fragments: [String: FragmentDefinitionNode]
    /// The values of the variables `@skip`/`@include` use, and no other: a plan serves every
    /// request whose values for those agree, and keeps nothing else of the request that made
    /// it (the plans planned lazily later, for other requests, read only these).
    let variables: JSONObject
    /// Held while planning lazily (abstract types), as concurrent requests may share a plan.
    let lock = NSLock()
    /// The number of field plans made so far: each gets the next as its `ordinal` (guarded by
    /// `lock` once the plan is shared).
    private(set) var fieldCount = 0
    /// Shared leaf completions (guarded by `lock` once the plan is shared).
    private var leafCompletions: [LeafKey: Completion] = [:]

    private struct LeafKey: Hashable {
        let type: ObjectIdentifier
        let nonNull: Bool
    }

    init(schema: GraphQLSchema, fragments: [String: FragmentDefinitionNode], conditionValues: JSONObject) {
        self.schema = schema
        self.fragments = fragments
        self.variables = conditionValues
    }

    /// The plan of the root selection set.
    func rootPlan(_ operation: OperationDefinitionNode, rootType: GraphQLObjectType) throws -> SelectionPlan {
        var fields = GroupedFieldSet()
        var visited = Set<String>()
        try collectFields(rootType, operation.selectionSet, into: &fields, visited: &visited)
        return try selectionPlan(rootType, fields, depth: 0)
    }

    /// The plan of the sub-selections of `nodes` on `type`, `depth` levels below where
    /// planning started.
    func subfieldPlan(_ type: GraphQLObjectType, nodes: [FieldNode], depth: Int = 0) throws -> SelectionPlan {
        try selectionPlan(type, collectSubfields(type, nodes: nodes), depth: depth)
    }

    /// How many levels of object fields are planned up front; deeper ones are planned when a
    /// value first reaches them (so the unused depths of a query such as introspection's
    /// eight-level `TypeRef` cost nothing, while ordinary queries never take a lock).
    static let eagerDepth = 6

    private func selectionPlan(_ type: GraphQLObjectType, _ grouped: GroupedFieldSet, depth: Int) throws -> SelectionPlan {
        var plans: [FieldPlan] = []
        plans.reserveCapacity(grouped.keys.count)
        for (key, nodes) in zip(grouped.keys, grouped.groups) {
            guard let definition = schema.field(named: nodes[0].name.value, on: type) else { continue }
            fieldCount += 1
            plans.append(FieldPlan(ordinal: fieldCount - 1, responseKey: key, nodes: nodes, definition: definition, parentType: type,
                                   source: valueSource(definition, on: type), arguments: argumentPlan(definition, nodes[0]),
                                   completion: try completion(definition.type, nodes: nodes, depth: depth)))
        }
        return SelectionPlan(fields: plans)
    }

    private func valueSource(_ definition: GraphQLField, on type: GraphQLObjectType) -> FieldPlan.ValueSource {
        if definition === IntrospectionTypes.typeNameMetaField { return .typeName }
        if let resolver = definition.resolver { return .resolver(resolver) }
        // Only meta-fields and the introspection types' fields have engine resolvers.
        if isDoubleUnderscored(definition.name) || isDoubleUnderscored(type.name),
           let resolver = IntrospectionResolvers.resolver(for: definition) {
            return .resolver(resolver)
        }
        return .property
    }

    private func argumentPlan(_ definition: GraphQLField, _ node: FieldNode) -> ArgumentPlan {
        if definition.arguments.isEmpty { return .constant(JSONObject()) }
        if node.arguments.contains(where: { $0.value.referencesVariable }) { return .dynamic }
        do {
            return .constant(try coerceArgumentValues(definition.arguments, node.arguments, node: node.loc, variables: nil))
        } catch let error as GraphQLError {
            return .failed(error)
        } catch {
            return .failed(GraphQLError("\(error)"))
        }
    }

    private func completion(_ type: GraphQLType, nodes: [FieldNode], depth: Int) throws -> Completion {
        switch type {
        case .nonNull(let inner):
            if case .named(let named) = inner, named.isLeafType {
                return leafCompletion(named, nonNull: true) { Completion(nonNull: true, kind: leafCompletionKind(named)) }
            }
            return Completion(nonNull: true, kind: try completion(inner, nodes: nodes, depth: depth).kind)
        case .list(let inner):
            return Completion(nonNull: false, kind: .list(try completion(inner, nodes: nodes, depth: depth)))
        case .named(let named):
            switch named {
            case let object as GraphQLObjectType:
                guard depth < Planner.eagerDepth else {
                    return Completion(nonNull: false, kind: .lazyObject(LazySelectionPlan(type: object, nodes: nodes, planner: self)))
                }
                do {
                    return Completion(nonNull: false, kind: .object(try subfieldPlan(object, nodes: nodes, depth: depth + 1)))
                } catch let error as GraphQLError {
                    return Completion(nonNull: false, kind: .invalid(error))
                }
            case is GraphQLScalarType, is GraphQLEnumType:
                return leafCompletion(named) { Completion(nonNull: false, kind: leafCompletionKind(named)) }
            default:
                return Completion(nonNull: false, kind: .abstract(AbstractPlan(type: named, nodes: nodes, planner: self)))
            }
        }
    }

    /// Leaf completions depend only on the type: one per type and nullability.
    private func leafCompletion(_ type: GraphQLNamedType, nonNull: Bool = false, _ make: () -> Completion) -> Completion {
        let key = LeafKey(type: ObjectIdentifier(type), nonNull: nonNull)
        if let cached = leafCompletions[key] { return cached }
        let made = make()
        leafCompletions[key] = made
        return made
    }

    private func leafCompletionKind(_ type: GraphQLNamedType) -> Completion.Kind {
        switch type {
        case let scalar as GraphQLScalarType: return .leaf(leafKind(scalar))
        case let enumType as GraphQLEnumType: return .leaf(.enumType(enumType, Set(enumType.values.map(\.name))))
        default: return .invalid(GraphQLError("\(type.name) is not a leaf type."))
        }
    }

    private func leafKind(_ scalar: GraphQLScalarType) -> LeafKind {
        if scalar === BuiltInScalars.string { return .string }
        if scalar === BuiltInScalars.int { return .int }
        if scalar === BuiltInScalars.float { return .float }
        if scalar === BuiltInScalars.boolean { return .boolean }
        if scalar === BuiltInScalars.id { return .id }
        return .custom(scalar)
    }
}
