// IBM's cost directives (https://ibm.github.io/graphql-specs/cost-spec.html), as the schema
// declares them:
//
//     directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!],
//                         requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
//     directive @cost(weight: String!) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | SCALAR | ENUM
//
// `buildASTSchema` reads them into `GraphQLField.listSize`, `GraphQLField.costWeight` and
// `GraphQLNamedType.costWeight`; `queryCost`, `actualQueryCost` and `SlicingArgumentRule` use them.

/// A field's `@listSize`: which of its arguments give the size of the list it returns (or, for a
/// connection, of its `sizedFields`), and the size assumed without them.
public struct ListSize: Sendable, Hashable {
    /// The size when no slicing argument is given (nil: the cost options' default list size).
    public var assumedSize: Int?
    /// The arguments whose value is the list's size (`first`, `last`); with several given, the largest counts.
    public var slicingArguments: [String]
    /// The fields of the returned type that the size applies to (`edges`, `nodes`); empty when the
    /// field is the list itself.
    public var sizedFields: [String]
    /// Whether a query must give exactly one of the slicing arguments (a default value counts as given).
    public var requireOneSlicingArgument: Bool

    /// Creates a list size.
    public init(assumedSize: Int? = nil, slicingArguments: [String] = [], sizedFields: [String] = [],
                requireOneSlicingArgument: Bool = true) {
        self.assumedSize = assumedSize
        self.slicingArguments = slicingArguments
        self.sizedFields = sizedFields
        self.requireOneSlicingArgument = requireOneSlicingArgument
    }

    /// The `@listSize` among `directives`, if there is one.
    public init?(directives: [DirectiveNode]) {
        guard let directive = directives.first(where: { $0.name.value == "listSize" }) else { return nil }
        self.init()
        for argument in directive.arguments {
            switch (argument.name.value, argument.value.kind) {
            case ("assumedSize", .int(let text)): assumedSize = Int(text).map { max(0, $0) }
            case ("slicingArguments", .list(let values)): slicingArguments = values.compactMap(ListSize.string)
            case ("sizedFields", .list(let values)): sizedFields = values.compactMap(ListSize.string)
            case ("requireOneSlicingArgument", .boolean(let flag)): requireOneSlicingArgument = flag
            default: break
            }
        }
    }

    /// The weight of a `@cost(weight:)` among `directives`: IBM's weight is a string, so that it can
    /// be fractional; ours are whole numbers, a fraction rounded up (`"2.5"` weighs 3). A number
    /// literal is taken too.
    public static func costWeight(in directives: [DirectiveNode]) -> Int? {
        guard let directive = directives.first(where: { $0.name.value == "cost" }),
              let value = directive.arguments.first(where: { $0.name.value == "weight" })?.value else { return nil }
        let text: String
        switch value.kind {
        case .string(let string, _), .int(let string), .float(let string): text = string
        default: return nil
        }
        guard let weight = Double(text), weight.isFinite, weight >= 0 else { return nil }
        return weight >= Double(Int.max) ? Int.max : Int(weight.rounded(.up))
    }

    private static func string(_ value: ValueNode) -> String? {
        if case .string(let text, _) = value.kind { return text }
        return nil
    }
}

extension DefinitionNode {
    /// The directives of a type definition (empty for other definitions).
    var typeDirectives: [DirectiveNode] {
        switch self {
        case .scalar(let node): return node.directives
        case .object(let node): return node.directives
        case .interface(let node): return node.directives
        case .union(let node): return node.directives
        case .enumType(let node): return node.directives
        case .inputObject(let node): return node.directives
        default: return []
        }
    }
}
