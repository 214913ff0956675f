// The SDL nodes a built schema came from, kept beside the schema so that type-system
// validation can point at the exact place (an `implements` name, a field's type, a
// `@deprecated` directive) as graphql-js does with its `astNode`s.

/// The AST nodes of an SDL-built schema's parts, by identity of the part.
struct SchemaASTIndex {
    /// `schema {}` and `extend schema`, in document order (the definition first).
    var schemaNodes: [SchemaDefinitionNode] = []
    /// Each type's definition and extensions.
    var typeNodes: [ObjectIdentifier: [DefinitionNode]] = [:]
    var fieldNodes: [ObjectIdentifier: FieldDefinitionNode] = [:]
    /// Arguments and input fields.
    var inputValueNodes: [ObjectIdentifier: InputValueDefinitionNode] = [:]
    var directiveNodes: [ObjectIdentifier: DirectiveDefinitionNode] = [:]
    /// Enum values, keyed `Type.VALUE`.
    var enumValueNodes: [String: EnumValueDefinitionNode] = [:]

    /// Where a type and its extensions are (graphql-js `[astNode, ...extensionASTNodes]`).
    func locations(of type: GraphQLNamedType) -> [Location] {
        if let nodes = typeNodes[ObjectIdentifier(type)] { return nodes.map(\.loc) }
        return (type.definitionLocation.map { [$0] } ?? []) + type.extensionLocations
    }

    /// The `implements` names of `type`'s definition and extensions that name `interfaceName`.
    func implementsNodes(of type: GraphQLNamedType, naming interfaceName: String) -> [Location] {
        (typeNodes[ObjectIdentifier(type)] ?? []).flatMap { node -> [NameNode] in
            switch node {
            case .object(let object): return object.interfaces
            case .interface(let interface): return interface.interfaces
            default: return []
            }
        }.filter { $0.value == interfaceName }.map(\.loc)
    }

    /// The member names of a union's definition and extensions that name `typeName`.
    func unionMemberNodes(of union: GraphQLUnionType, naming typeName: String) -> [Location] {
        (typeNodes[ObjectIdentifier(union)] ?? []).flatMap { node -> [NameNode] in
            if case .union(let union) = node { return union.types }
            return []
        }.filter { $0.value == typeName }.map(\.loc)
    }

    func location(of field: GraphQLField) -> Location? { fieldNodes[ObjectIdentifier(field)]?.loc ?? field.definitionLocation }
    func typeLocation(of field: GraphQLField) -> Location? { fieldNodes[ObjectIdentifier(field)]?.type.loc }
    func location(of argument: GraphQLArgument) -> Location? {
        inputValueNodes[ObjectIdentifier(argument)]?.loc ?? argument.definitionLocation
    }
    func typeLocation(of argument: GraphQLArgument) -> Location? { inputValueNodes[ObjectIdentifier(argument)]?.type.loc }

    /// The `@deprecated` directive on an argument or input field.
    func deprecatedDirective(of argument: GraphQLArgument) -> Location? {
        inputValueNodes[ObjectIdentifier(argument)]?.directives.first { $0.name.value == SpecifiedDirectives.deprecated.name }?.loc
    }

    /// Where a root operation type is named in `schema {}` or `extend schema`.
    func operationTypeLocation(_ operation: OperationType) -> Location? {
        schemaNodes.flatMap(\.operationTypes).first { $0.operation == operation }?.type.loc
    }
}
