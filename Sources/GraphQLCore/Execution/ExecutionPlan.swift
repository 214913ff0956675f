import Foundation

// The executor's plan of an operation: what CollectFields and the field lookups of
// ExecuteSelectionSet would compute for every object, computed once per (document,
// operation, runtime type) and then reused for every object, list item and request.
// https://spec.graphql.org/September2025/#sec-Executing-Selection-Sets

/// The fields to execute on one object type for one set of field nodes: CollectFields'
/// grouped field set, each entry looked up and prepared, in response-key order.
final class SelectionPlan: Sendable {
    /// The fields, in response order (fields the type lacks are left out, as graphql-js does).
    let fields: [FieldPlan]

    init(fields: [FieldPlan]) {
        self.fields = fields
    }
}

/// One response key of a selection plan: the merged field nodes, the field definition, the
/// resolver, the coerced arguments when they hold no variables, and how to complete the value.
final class FieldPlan: Sendable {
    /// Its number among the field plans of its operation plan (executors keep per-field
    /// state, such as where the default resolver last found the field's key, by it).
    let ordinal: Int
    /// The response key (alias or name).
    let responseKey: String
    /// `"key":` as JSON bytes, written before the value.
    let keyBytes: [UInt8]
    /// The field's name.
    let fieldName: String
    /// Every node merged under this key, in document order.
    let nodes: [FieldNode]
    /// Where the nodes are, for errors (computed only when an error needs them).
    var locations: [SourceLocation] { nodes.map(\.loc.sourceLocation) }
    /// The definition.
    let definition: GraphQLField
    /// The object type the field is executed on.
    let parentType: GraphQLObjectType
    /// What produces the value.
    let source: ValueSource
    /// The arguments.
    let arguments: ArgumentPlan
    /// How to complete the value.
    let completion: Completion
    /// The built-in scalar the field's type is, if it is one (for the default resolver's
    /// fast path: a JSON value of that scalar's kind is written as it is).
    let builtInLeaf: BuiltInLeaf?

    init(ordinal: Int, responseKey: String, nodes: [FieldNode], definition: GraphQLField, parentType: GraphQLObjectType,
         source: ValueSource, arguments: ArgumentPlan, completion: Completion) {
        self.ordinal = ordinal
        self.completion = completion
        if case .leaf(let leaf) = completion.kind { builtInLeaf = BuiltInLeaf(leaf) } else { builtInLeaf = nil }
        self.responseKey = responseKey
        var key: [UInt8] = []
        var text = responseKey
        text.withUTF8 { JSONWriter.appendQuoted($0, to: &key) }  // names need no escapes, but aliases are names too
        key.append(UInt8(ascii: ":"))
        self.keyBytes = key
        self.fieldName = definition.name
        self.nodes = nodes
        self.definition = definition
        self.parentType = parentType
        self.source = source
        self.arguments = arguments
    }

    /// Where a field's value comes from.
    enum ValueSource {
        /// The default resolver: the parent value's entry named after the field.
        case property
        /// `__typename`: the parent type's name, known when planning.
        case typeName
        /// A resolver.
        case resolver(FieldResolver)
    }
}

/// A field's arguments: coerced once when they are constants, or per request when they
/// refer to variables.
enum ArgumentPlan {
    /// Coerced when planning (no variables involved).
    case constant(JSONObject)
    /// Coercion failed when planning: every execution of the field reports this error.
    case failed(GraphQLError)
    /// Depends on variables: coerced per execution.
    case dynamic
}

/// How to complete a value of one type: a tree mirroring the type, with the sub-selection
/// plans of object types resolved in advance.
final class Completion: Sendable {
    /// Whether null is an error here.
    let nonNull: Bool
    /// What to do with a non-null value.
    let kind: Kind

    init(nonNull: Bool, kind: Kind) {
        self.nonNull = nonNull
        self.kind = kind
    }

    enum Kind {
        /// A scalar or enum.
        case leaf(LeafKind)
        /// A list of items completed as the inner completion says.
        case list(Completion)
        /// An object type: its selection plan.
        case object(SelectionPlan)
        /// An object type deep in the query: its plan is made on first use.
        case lazyObject(LazySelectionPlan)
        /// An interface or union: the runtime type decides the plan.
        case abstract(AbstractPlan)
        /// The sub-selections could not be planned (a `@skip`/`@include` argument failed to
        /// coerce): completing a value here reports this error, as graphql-js does when it
        /// collects the sub-fields.
        case invalid(GraphQLError)
    }
}

/// The built-in scalars, with no payload to copy.
enum BuiltInLeaf {
    case string, int, float, boolean, id

    init?(_ leaf: LeafKind) {
        switch leaf {
        case .string: self = .string
        case .int: self = .int
        case .float: self = .float
        case .boolean: self = .boolean
        case .id: self = .id
        case .custom, .enumType: return nil
        }
    }
}

/// Leaf types, with the built-in scalars singled out for fast paths.
enum LeafKind {
    case string, int, float, boolean, id
    case custom(GraphQLScalarType)
    /// An enum, with its value names for the serialization check.
    case enumType(GraphQLEnumType, Set<String>)
}

/// The selection plans of an abstract-typed field, one per runtime object type, made on
/// first use (and then shared by concurrent requests, under the planner's lock).
// unchecked: `plans` is read and written only under the planner's lock
final class AbstractPlan: @unchecked Sendable {
    /// The interface or union.
    let type: GraphQLNamedType
    /// The field nodes whose sub-selections are collected.
    let nodes: [FieldNode]
    private unowned let planner: Planner
    private var plans: [ObjectIdentifier: SelectionPlan] = [:]

    init(type: GraphQLNamedType, nodes: [FieldNode], planner: Planner) {
        self.type = type
        self.nodes = nodes
        self.planner = planner
    }

    /// The plan for values of `runtimeType`.
    func plan(for runtimeType: GraphQLObjectType) throws -> SelectionPlan {
        let id = ObjectIdentifier(runtimeType)
        planner.lock.lock()
        defer { planner.lock.unlock() }
        if let plan = plans[id] { return plan }
        let plan = try planner.subfieldPlan(runtimeType, nodes: nodes)
        plans[id] = plan
        return plan
    }
}

/// The selection plan of an object-typed field deeper than planning goes up front, made
/// when a value first reaches it (under the planner's lock).
// unchecked: `plan` is read and written only under the planner's lock
final class LazySelectionPlan: @unchecked Sendable {
    private let type: GraphQLObjectType
    private let nodes: [FieldNode]
    private unowned let planner: Planner
    private var plan: SelectionPlan?

    init(type: GraphQLObjectType, nodes: [FieldNode], planner: Planner) {
        self.type = type
        self.nodes = nodes
        self.planner = planner
    }

    /// The plan, made now if need be.
    func get() throws -> SelectionPlan {
        planner.lock.lock()
        defer { planner.lock.unlock() }
        if let plan { return plan }
        let made = try planner.subfieldPlan(type, nodes: nodes)
        plan = made
        return made
    }
}

/// The plan of one operation for one set of `@skip`/`@include` variable values.
final class OperationPlan: Sendable {
    /// The operation.
    let operation: OperationDefinitionNode
    /// The root selection.
    let root: SelectionPlan
    /// The planner (kept alive for lazy abstract plans).
    let planner: Planner

    init(operation: OperationDefinitionNode, root: SelectionPlan, planner: Planner) {
        self.operation = operation
        self.root = root
        self.planner = planner
    }
}
