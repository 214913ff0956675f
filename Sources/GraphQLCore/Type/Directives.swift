// Directives: where they may appear, and the ones every schema has.
// https://spec.graphql.org/September2025/#sec-Type-System.Directives

/// The places a directive may be used, as `directive @x on ...` names them.
public enum DirectiveLocation: String, Sendable, Hashable, CaseIterable {
    // Executable locations.
    /// On a query operation.
    case query = "QUERY"
    /// On a mutation operation.
    case mutation = "MUTATION"
    /// On a subscription operation.
    case subscription = "SUBSCRIPTION"
    /// On a field.
    case field = "FIELD"
    /// On a fragment definition.
    case fragmentDefinition = "FRAGMENT_DEFINITION"
    /// On a fragment spread.
    case fragmentSpread = "FRAGMENT_SPREAD"
    /// On an inline fragment.
    case inlineFragment = "INLINE_FRAGMENT"
    /// On a variable definition.
    case variableDefinition = "VARIABLE_DEFINITION"
    // Type-system locations.
    /// On a schema definition.
    case schema = "SCHEMA"
    /// On a scalar definition.
    case scalar = "SCALAR"
    /// On an object type definition.
    case object = "OBJECT"
    /// On a field definition.
    case fieldDefinition = "FIELD_DEFINITION"
    /// On an argument definition.
    case argumentDefinition = "ARGUMENT_DEFINITION"
    /// On an interface definition.
    case interface = "INTERFACE"
    /// On a union definition.
    case union = "UNION"
    /// On an enum definition.
    case enumType = "ENUM"
    /// On an enum value definition.
    case enumValue = "ENUM_VALUE"
    /// On an input object definition.
    case inputObject = "INPUT_OBJECT"
    /// On an input field definition.
    case inputFieldDefinition = "INPUT_FIELD_DEFINITION"
}

/// A directive definition: its name, arguments and locations.
// unchecked: set while the schema is built, only read once the schema is shared
public final class GraphQLDirective: @unchecked Sendable {
    /// The name, without `@`.
    public let name: String
    /// The description, if any.
    public var description: String?
    /// Where it may be used.
    public var locations: [DirectiveLocation]
    /// Its arguments, in order.
    public var arguments: [GraphQLArgument]
    /// Whether it may appear more than once at one location.
    public var isRepeatable: Bool
    /// Where it was defined, for SDL-built directives.
    public var definitionLocation: Location?

    /// Creates a directive.
    public init(name: String, description: String? = nil, locations: [DirectiveLocation],
                arguments: [GraphQLArgument] = [], isRepeatable: Bool = false) {
        self.name = name; self.description = description; self.locations = locations
        self.arguments = arguments; self.isRepeatable = isRepeatable
    }

    /// The argument with this name, if any.
    public func argument(named name: String) -> GraphQLArgument? {
        arguments.first { $0.name == name }
    }
}

/// The directives the spec defines, which every schema includes.
public enum SpecifiedDirectives {
    /// `@include(if: Boolean!)`.
    public static let include = GraphQLDirective(
        name: "include",
        description: "Directs the executor to include this field or fragment only when the `if` argument is true.",
        locations: [.field, .fragmentSpread, .inlineFragment],
        arguments: [GraphQLArgument(name: "if", type: .nonNull(.named(BuiltInScalars.boolean)), description: "Included when true.")])

    /// `@skip(if: Boolean!)`.
    public static let skip = GraphQLDirective(
        name: "skip",
        description: "Directs the executor to skip this field or fragment when the `if` argument is true.",
        locations: [.field, .fragmentSpread, .inlineFragment],
        arguments: [GraphQLArgument(name: "if", type: .nonNull(.named(BuiltInScalars.boolean)), description: "Skipped when true.")])

    /// The reason `@deprecated` gives when none is given.
    public static let defaultDeprecationReason = "No longer supported"

    /// `@deprecated(reason: String = "No longer supported")`.
    public static let deprecated = GraphQLDirective(
        name: "deprecated",
        description: "Marks an element of a GraphQL schema as no longer supported.",
        locations: [.fieldDefinition, .argumentDefinition, .inputFieldDefinition, .enumValue],
        arguments: [GraphQLArgument(
            name: "reason", type: .named(BuiltInScalars.string),
            description: "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            defaultValue: .string(defaultDeprecationReason),
            defaultValueNode: ValueNode(.string(defaultDeprecationReason, block: false)))])

    /// `@specifiedBy(url: String!)`.
    public static let specifiedBy = GraphQLDirective(
        name: "specifiedBy",
        description: "Exposes a URL that specifies the behavior of this scalar.",
        locations: [.scalar],
        arguments: [GraphQLArgument(name: "url", type: .nonNull(.named(BuiltInScalars.string)),
                                    description: "The URL that specifies the behavior of this scalar.")])

    /// `@oneOf`: exactly one field of the input object must be given.
    public static let oneOf = GraphQLDirective(
        name: "oneOf",
        description: "Indicates an Input Object is a OneOf Input Object.",
        locations: [.inputObject])

    /// All of them, in graphql-js's order.
    public static let all: [GraphQLDirective] = [include, skip, deprecated, specifiedBy, oneOf]

    /// Whether `name` is one of these.
    public static func isSpecified(_ name: String) -> Bool { all.contains { $0.name == name } }
}
