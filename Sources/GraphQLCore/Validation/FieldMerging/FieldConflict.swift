// The values OverlappingFieldsCanBeMergedRule works with: fields collected from a selection
// set, and the conflicts found between them (graphql-js's NodeAndDef and Conflict).

/// Why two fields with one response name conflict: a message, or the conflicts of their subfields.
struct ConflictReason {
    /// The response name both fields have.
    var responseName: String
    /// A sentence, or the subfields' reasons.
    var detail: Detail

    enum Detail {
        case message(String)
        case subfields([ConflictReason])
    }

    /// graphql-js's `reasonMessage`: nested reasons read `subfields "x" conflict because ...`,
    /// joined by ` and `.
    var message: String {
        switch detail {
        case .message(let text): return text
        case .subfields(let reasons):
            return reasons.map { "subfields \"\($0.responseName)\" conflict because \($0.message)" }
                .joined(separator: " and ")
        }
    }
}

/// A conflict: its reason, and the fields involved on each side (the two fields first, then
/// the subfields that conflict).
struct FieldConflict {
    var reason: ConflictReason
    var fields1: [Location]
    var fields2: [Location]
}

/// One field of a collected selection set, with the type it was selected on and its definition
/// there (graphql-js's NodeAndDef). A class, so that lazily computed keys are kept.
final class CollectedField {
    let parentType: GraphQLNamedType?
    let node: FieldNode
    let definition: GraphQLField?
    /// The structural class (see `FieldConflictFinder.fieldClass`), once computed.
    var structuralClass = -1
    /// graphql-js's `stringifyArguments`, once computed.
    private var argumentsKeyStorage: String?

    init(parentType: GraphQLNamedType?, node: FieldNode, definition: GraphQLField?) {
        self.parentType = parentType
        self.node = node
        self.definition = definition
    }

    /// The arguments as one object value with its fields sorted, printed: equal for equal
    /// arguments whatever their order.
    var argumentsKey: String {
        if let argumentsKeyStorage { return argumentsKeyStorage }
        let key = Self.argumentsKey(node)
        argumentsKeyStorage = key
        return key
    }

    /// graphql-js's `stringifyArguments` for a field node.
    static func argumentsKey(_ node: FieldNode) -> String {
        if node.arguments.isEmpty { return "{}" }
        let fields = node.arguments.map { ObjectFieldNode(name: $0.name, value: $0.value) }
        return ValueNode(.object(fields)).sortedFields.printed
    }
}

/// The fields of a selection set by response name (in first-seen order), inline fragments
/// included, and the fragments it spreads (graphql-js's FieldsAndFragmentNames). Response
/// names and fragment names are numbers from the finder's `NameTable`.
final class FieldsAndFragmentNames {
    private(set) var responseNames: [Int] = []
    private(set) var fields: [Int: [CollectedField]] = [:]
    private(set) var fragmentNames: [Int] = []
    private var seenFragments: Set<Int> = []

    func add(_ field: CollectedField, as responseName: Int) {
        if fields[responseName]?.append(field) == nil {
            responseNames.append(responseName)
            fields[responseName] = [field]
        }
    }

    func addFragment(_ name: Int) {
        if seenFragments.insert(name).inserted { fragmentNames.append(name) }
    }
}

/// Names as numbers, so that the search hashes integers rather than strings.
struct NameTable {
    private var ids: [String: Int] = [:]
    private(set) var names: [String] = []

    mutating func id(_ name: String) -> Int {
        if let id = ids[name] { return id }
        ids[name] = names.count
        names.append(name)
        return names.count - 1
    }

    subscript(id: Int) -> String { names[id] }
}

extension ValueNode {
    /// graphql-js's `sortValueNode`: object fields sorted by name (natural order) at every depth.
    var sortedFields: ValueNode {
        switch kind {
        case .object(let fields):
            let sorted = fields.enumerated().map { index, field in
                (index, ObjectFieldNode(name: field.name, value: field.value.sortedFields, loc: field.loc))
            }.sorted { a, b in
                let order = naturalCompare(a.1.name.value, b.1.name.value)
                return order != 0 ? order < 0 : a.0 < b.0
            }.map(\.1)
            return ValueNode(.object(sorted), loc: loc)
        case .list(let items):
            return ValueNode(.list(items.map(\.sortedFields)), loc: loc)
        default:
            return self
        }
    }
}
