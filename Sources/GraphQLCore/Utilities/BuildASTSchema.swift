// buildASTSchema: a schema from a type-system document, as graphql-js 16's buildASTSchema
// and extendSchemaImpl build it: the SDL is validated first (validateSDL), types come in
// document order with their extensions merged in, root types come from `schema {}` or the
// types named Query, Mutation and Subscription, and the specified directives are added when
// the document does not define its own of the same name. The built schema is then
// validated (validateSchema), which graphql-js defers to the first execution.
// https://spec.graphql.org/September2025/#sec-Type-System

/// The errors that keep a document from becoming a schema, each with its locations; the
/// description joins their messages with blank lines, as graphql-js's assertValidSDL does.
public struct SchemaValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Every error, in graphql-js's order.
    public var errors: [GraphQLError]
    /// Wraps errors.
    public init(_ errors: [GraphQLError]) { self.errors = errors }
    /// The messages, separated by blank lines.
    public var description: String { errors.map(\.message).joined(separator: "\n\n") }
}

/// Builds a schema from a parsed type-system document. Throws `SchemaValidationError` when
/// the SDL is invalid (graphql-js's validateSDL) or the schema breaks the type-system rules
/// (validateSchema). Custom scalars pass values through unchanged.
public func buildASTSchema(_ document: DocumentNode) throws -> GraphQLSchema {
    let sdlErrors = validateSDL(document)
    guard sdlErrors.isEmpty else { throw SchemaValidationError(sdlErrors) }
    let built: SchemaBuilder.Result
    do {
        built = try SchemaBuilder(document).build()
    } catch let error as GraphQLError {
        throw SchemaValidationError([error])
    }
    let errors = validateSchema(built.schema, index: built.index, roots: built.roots, misplacedTypes: built.misplacedTypes)
    guard errors.isEmpty else { throw SchemaValidationError(errors) }
    return built.schema
}

/// graphql-js's extendSchemaImpl on an empty schema, then buildASTSchema's root types and
/// directives.
final class SchemaBuilder {
    struct Result {
        let schema: GraphQLSchema
        let index: SchemaASTIndex
        /// The root operation types as written, objects or not (validateSchema checks them).
        let roots: [OperationType: GraphQLNamedType]
        /// `implements` names that are not interfaces and union members that are not objects,
        /// which the typed model cannot hold: validateSchema reports them with their type.
        let misplacedTypes: [ObjectIdentifier: [GraphQLError]]
    }

    private let document: DocumentNode
    private var typeDefinitions: [DefinitionNode] = []
    private var extensions: [String: [DefinitionNode]] = [:]
    private var directiveDefinitions: [DirectiveDefinitionNode] = []
    private var schemaDefinition: SchemaDefinitionNode?
    private var schemaExtensions: [SchemaDefinitionNode] = []
    private var typeMap: [String: GraphQLNamedType] = [:]
    private var typeOrder: [String] = []
    private var index = SchemaASTIndex()
    private var misplacedTypes: [ObjectIdentifier: [GraphQLError]] = [:]

    private static let standardTypes: [String: GraphQLNamedType] = {
        var map: [String: GraphQLNamedType] = [:]
        for type in BuiltInScalars.all as [GraphQLNamedType] + IntrospectionTypes.all { map[type.name] = type }
        return map
    }()

    init(_ document: DocumentNode) {
        self.document = document
        for definition in document.definitions {
            switch definition {
            case .schema(let node):
                if node.isExtension { schemaExtensions.append(node) } else { schemaDefinition = node }
            case .directive(let node): directiveDefinitions.append(node)
            case .operation, .fragment: break
            default:
                guard let name = definition.typeName?.value else { break }
                if definition.isTypeExtension { extensions[name, default: []].append(definition) } else { typeDefinitions.append(definition) }
            }
        }
    }

    /// Builds the schema; call once.
    func build() throws -> Result {
        for definition in typeDefinitions {
            let name = definition.typeName!.value
            if typeMap[name] == nil { typeOrder.append(name) }
            typeMap[name] = Self.standardTypes[name] ?? makeType(definition)
        }
        for name in typeOrder {
            guard let type = typeMap[name], Self.standardTypes[name] == nil,
                  let nodes = index.typeNodes[ObjectIdentifier(type)] else { continue }
            try fill(type, nodes)
        }
        let directives = try directiveDefinitions.map { try buildDirective($0) }
        try resolveDefaultValues(directives)

        var roots: [OperationType: GraphQLNamedType] = [:]
        for node in (schemaDefinition.map { [$0] } ?? []) + schemaExtensions {
            for operationType in node.operationTypes { roots[operationType.operation] = try namedType(operationType.type) }
        }
        if schemaDefinition == nil {
            for name in typeOrder {
                switch name {
                case "Query": roots[.query] = typeMap[name]
                case "Mutation": roots[.mutation] = typeMap[name]
                case "Subscription": roots[.subscription] = typeMap[name]
                default: break
                }
            }
        }
        let allDirectives = directives + SpecifiedDirectives.all.filter { specified in !directives.contains { $0.name == specified.name } }
        let schema = try GraphQLSchema(
            query: roots[.query] as? GraphQLObjectType, mutation: roots[.mutation] as? GraphQLObjectType,
            subscription: roots[.subscription] as? GraphQLObjectType,
            types: typeOrder.compactMap { typeMap[$0] }, directives: allDirectives,
            description: schemaDefinition?.description?.value)
        schema.definitionLocation = schemaDefinition?.loc
        schema.extensionLocations = schemaExtensions.map(\.loc)
        index.schemaNodes = (schemaDefinition.map { [$0] } ?? []) + schemaExtensions
        return Result(schema: schema, index: index, roots: roots, misplacedTypes: misplacedTypes)
    }

    // MARK: Types

    /// An empty type of the definition's kind, with its description and locations.
    private func makeType(_ definition: DefinitionNode) -> GraphQLNamedType {
        let name = definition.typeName!.value
        let type: GraphQLNamedType
        switch definition {
        case .scalar(let node): type = GraphQLScalarType(name: name, description: node.description?.value)
        case .object(let node): type = GraphQLObjectType(name: name, description: node.description?.value)
        case .interface(let node): type = GraphQLInterfaceType(name: name, description: node.description?.value)
        case .union(let node): type = GraphQLUnionType(name: name, description: node.description?.value)
        case .enumType(let node): type = GraphQLEnumType(name: name, description: node.description?.value)
        case .inputObject(let node):
            let input = GraphQLInputObjectType(name: name, description: node.description?.value)
            input.isOneOf = directiveNode(SpecifiedDirectives.oneOf, in: node.directives) != nil
            type = input
        default: fatalError("not a type definition")
        }
        let extensionNodes = extensions[name] ?? []
        type.costWeight = ListSize.costWeight(in: definition.typeDirectives)
        type.definitionLocation = definition.loc
        type.extensionLocations = extensionNodes.map(\.loc)
        index.typeNodes[ObjectIdentifier(type)] = [definition] + extensionNodes
        return type
    }

    /// Adds fields, interfaces, members and values from the definition and its extensions.
    private func fill(_ type: GraphQLNamedType, _ nodes: [DefinitionNode]) throws {
        for node in nodes {
            switch (type, node) {
            case (let scalar as GraphQLScalarType, .scalar(let scalarNode)):
                if !scalarNode.isExtension {
                    scalar.specifiedByURL = try directiveValues(SpecifiedDirectives.specifiedBy, scalarNode.directives)?["url"]?.stringValue
                }
            case (let object as GraphQLObjectType, .object(let objectNode)):
                object.interfaces += try objectNode.interfaces.compactMap { try interfaceType($0, of: object) }
                for field in objectNode.fields { object.fields.add(try buildField(field)) }
            case (let interface as GraphQLInterfaceType, .interface(let interfaceNode)):
                interface.interfaces += try interfaceNode.interfaces.compactMap { try interfaceType($0, of: interface) }
                for field in interfaceNode.fields { interface.fields.add(try buildField(field)) }
            case (let union as GraphQLUnionType, .union(let unionNode)):
                union.types += try unionNode.types.compactMap { try objectType($0, of: union) }
            case (let enumType as GraphQLEnumType, .enumType(let enumNode)):
                for valueNode in enumNode.values {
                    var value = GraphQLEnumValue(name: valueNode.name.value, description: valueNode.description?.value,
                                                 deprecationReason: try deprecationReason(valueNode.directives))
                    value.definitionLocation = valueNode.loc
                    index.enumValueNodes[enumType.name + "." + value.name] = valueNode
                    enumType.add(value)
                }
            case (let input as GraphQLInputObjectType, .inputObject(let inputNode)):
                for fieldNode in inputNode.fields { input.add(try buildInputValue(fieldNode)) }
            default: break  // An extension of another kind; validateSDL reports it.
            }
        }
    }

    private func buildField(_ node: FieldDefinitionNode) throws -> GraphQLField {
        let field = GraphQLField(name: node.name.value, type: try wrappedType(node.type),
                                 arguments: try node.arguments.map { try buildInputValue($0) }, description: node.description?.value,
                                 deprecationReason: try deprecationReason(node.directives))
        field.definitionLocation = node.loc
        field.listSize = ListSize(directives: node.directives)
        field.costWeight = ListSize.costWeight(in: node.directives)
        index.fieldNodes[ObjectIdentifier(field)] = node
        return field
    }

    /// An argument or input field; its default value is coerced once every type is complete.
    private func buildInputValue(_ node: InputValueDefinitionNode) throws -> GraphQLArgument {
        let argument = GraphQLArgument(name: node.name.value, type: try wrappedType(node.type), description: node.description?.value,
                                       defaultValueNode: node.defaultValue, deprecationReason: try deprecationReason(node.directives))
        argument.definitionLocation = node.loc
        index.inputValueNodes[ObjectIdentifier(argument)] = node
        return argument
    }

    private func buildDirective(_ node: DirectiveDefinitionNode) throws -> GraphQLDirective {
        let directive = GraphQLDirective(name: node.name.value, description: node.description?.value,
                                         locations: node.locations.compactMap { DirectiveLocation(rawValue: $0.value) },
                                         arguments: try node.arguments.map { try buildInputValue($0) }, isRepeatable: node.repeatable)
        directive.definitionLocation = node.loc
        index.directiveNodes[ObjectIdentifier(directive)] = node
        return directive
    }

    // MARK: Default values

    /// Coerces every default value (graphql-js's `valueFromAST(node, type)`; an invalid one
    /// leaves no default). Input objects go first, each after the input objects its fields
    /// use, so that nested defaults are filled in.
    private func resolveDefaultValues(_ directives: [GraphQLDirective]) throws {
        var visited = Set<ObjectIdentifier>()
        func resolve(_ input: GraphQLInputObjectType) {
            guard visited.insert(ObjectIdentifier(input)).inserted else { return }
            for field in input.fields {
                if let nested = field.type.namedType as? GraphQLInputObjectType { resolve(nested) }
                field.defaultValue = valueFromAST(field.defaultValueNode, type: field.type)
            }
        }
        for name in typeOrder {
            if let input = typeMap[name] as? GraphQLInputObjectType, Self.standardTypes[name] == nil { resolve(input) }
        }
        func resolveArguments(_ arguments: [GraphQLArgument]) {
            for argument in arguments where argument.defaultValueNode != nil {
                argument.defaultValue = valueFromAST(argument.defaultValueNode, type: argument.type)
            }
        }
        for name in typeOrder where Self.standardTypes[name] == nil {
            typeMap[name]?.fieldMap?.forEach { resolveArguments($0.arguments) }
        }
        directives.forEach { resolveArguments($0.arguments) }
    }

    // MARK: References

    private func namedType(_ name: NameNode) throws -> GraphQLNamedType {
        guard let type = Self.standardTypes[name.value] ?? typeMap[name.value] else {
            throw GraphQLError("Unknown type: \"\(name.value)\".", nodes: [name.loc])
        }
        return type
    }

    private func wrappedType(_ node: TypeNode) throws -> GraphQLType {
        switch node {
        case .named(let name): return .named(try namedType(name))
        case .list(let inner, _): return .list(try wrappedType(inner))
        case .nonNull(let inner, _): return .nonNull(try wrappedType(inner))
        }
    }

    /// An interface named in `implements`; a type of another kind is a schema error that
    /// the typed model cannot hold, so it is kept aside in validateSchema's words.
    private func interfaceType(_ name: NameNode, of type: GraphQLNamedType) throws -> GraphQLInterfaceType? {
        let named = try namedType(name)
        if let interface = named as? GraphQLInterfaceType { return interface }
        misplacedTypes[ObjectIdentifier(type), default: []].append(GraphQLError(
            "Type \(type.name) must only implement Interface types, it cannot implement \(named.name).",
            nodes: index.implementsNodes(of: type, naming: named.name)))
        return nil
    }

    /// A union member; only object types can be (others are kept aside as above).
    private func objectType(_ name: NameNode, of union: GraphQLUnionType) throws -> GraphQLObjectType? {
        let named = try namedType(name)
        if let object = named as? GraphQLObjectType { return object }
        misplacedTypes[ObjectIdentifier(union), default: []].append(GraphQLError(
            "Union type \(union.name) can only include Object types, it cannot include \(named.name).",
            nodes: index.unionMemberNodes(of: union, naming: named.name)))
        return nil
    }

    // MARK: Directives on definitions

    private func directiveNode(_ directive: GraphQLDirective, in nodes: [DirectiveNode]) -> DirectiveNode? {
        nodes.first { $0.name.value == directive.name }
    }

    /// graphql-js's `getDeprecationReason`: the reason of `@deprecated`, if present.
    private func deprecationReason(_ nodes: [DirectiveNode]) throws -> String? {
        try directiveValues(SpecifiedDirectives.deprecated, nodes)?["reason"]?.stringValue
    }

    /// graphql-js's `getDirectiveValues` for a constant directive: its coerced arguments, or
    /// `nil` when the directive is absent.
    private func directiveValues(_ directive: GraphQLDirective, _ nodes: [DirectiveNode]) throws -> JSONObject? {
        guard let node = directiveNode(directive, in: nodes) else { return nil }
        var values = JSONObject()
        for argument in directive.arguments {
            guard let argumentNode = node.arguments.first(where: { $0.name.value == argument.name }) else {
                if let defaultValue = argument.defaultValue {
                    values[argument.name] = defaultValue
                } else if argument.type.isNonNull {
                    throw GraphQLError("Argument \"\(argument.name)\" of required type \"\(argument.type)\" was not provided.", nodes: [node.loc])
                }
                continue
            }
            let valueNode = argumentNode.value
            if case .null = valueNode.kind, argument.type.isNonNull {
                throw GraphQLError("Argument \"\(argument.name)\" of non-null type \"\(argument.type)\" must not be null.", nodes: [valueNode.loc])
            }
            guard let value = valueFromAST(valueNode, type: argument.type) else {
                throw GraphQLError("Argument \"\(argument.name)\" has invalid value \(valueNode.printed).", nodes: [valueNode.loc])
            }
            values[argument.name] = value
        }
        return values
    }
}

extension JSON {
    /// The string, if this is a string.
    fileprivate var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }
}
