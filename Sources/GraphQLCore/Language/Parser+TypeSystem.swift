// The type system language (SDL): schema, type and directive definitions, and extensions.
// https://spec.graphql.org/September2025/#sec-Type-System

extension Parser {
    /// SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
    mutating func parseSchemaDefinition() throws(GraphQLError) -> SchemaDefinitionNode {
        let start = token
        let description = try parseDescription()
        try expectKeyword("schema")
        let directives = try parseDirectives(const: true)
        try expect(.braceL)
        var operationTypes: [OperationTypeDefinitionNode] = []
        repeat {
            operationTypes.append(try parseOperationTypeDefinition())
        } while try !expectOptional(.braceR)
        return SchemaDefinitionNode(description: description, directives: directives,
                                    operationTypes: operationTypes, loc: loc(start))
    }

    /// RootOperationTypeDefinition : OperationType : NamedType
    mutating func parseOperationTypeDefinition() throws(GraphQLError) -> OperationTypeDefinitionNode {
        let start = token
        let operation = try parseOperationType()
        try expect(.colon)
        let type = try parseNamedType()
        return OperationTypeDefinitionNode(operation: operation, type: type, loc: loc(start))
    }

    /// ScalarTypeDefinition : Description? scalar Name Directives[Const]?
    mutating func parseScalarTypeDefinition() throws(GraphQLError) -> ScalarTypeDefinitionNode {
        let start = token
        let description = try parseDescription()
        try expectKeyword("scalar")
        let name = try parseName()
        let directives = try parseDirectives(const: true)
        return ScalarTypeDefinitionNode(description: description, name: name, directives: directives, loc: loc(start))
    }

    /// ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    mutating func parseObjectTypeDefinition() throws(GraphQLError) -> ObjectTypeDefinitionNode {
        let start = token
        let description = try parseDescription()
        try expectKeyword("type")
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(const: true)
        let fields = try parseFieldsDefinition()
        return ObjectTypeDefinitionNode(description: description, name: name, interfaces: interfaces,
                                        directives: directives, fields: fields, loc: loc(start))
    }

    /// ImplementsInterfaces : ImplementsInterfaces & NamedType | implements &? NamedType
    mutating func parseImplementsInterfaces() throws(GraphQLError) -> [NamedTypeNode] {
        guard try expectOptionalKeyword("implements") else { return [] }
        return try parseDelimitedNamedTypes(.amp)
    }

    /// A non-empty list of named types separated by `delimiter`, which may also lead.
    mutating func parseDelimitedNamedTypes(_ delimiter: TokenKind) throws(GraphQLError) -> [NamedTypeNode] {
        _ = try expectOptional(delimiter)
        var types: [NamedTypeNode] = []
        repeat {
            types.append(try parseNamedType())
        } while try expectOptional(delimiter)
        return types
    }

    /// FieldsDefinition : { FieldDefinition+ }
    mutating func parseFieldsDefinition() throws(GraphQLError) -> [FieldDefinitionNode] {
        guard try expectOptional(.braceL) else { return [] }
        var fields: [FieldDefinitionNode] = []
        repeat {
            fields.append(try parseFieldDefinition())
        } while try !expectOptional(.braceR)
        return fields
    }

    /// FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?
    mutating func parseFieldDefinition() throws(GraphQLError) -> FieldDefinitionNode {
        let start = token
        let description = try parseDescription()
        let name = try parseName()
        let arguments = try parseArgumentDefinitions()
        try expect(.colon)
        let type = try parseTypeReference()
        let directives = try parseDirectives(const: true)
        return FieldDefinitionNode(description: description, name: name, arguments: arguments, type: type,
                                   directives: directives, loc: loc(start))
    }

    /// ArgumentsDefinition : ( InputValueDefinition+ )
    mutating func parseArgumentDefinitions() throws(GraphQLError) -> [InputValueDefinitionNode] {
        guard try expectOptional(.parenL) else { return [] }
        var arguments: [InputValueDefinitionNode] = []
        repeat {
            arguments.append(try parseInputValueDefinition())
        } while try !expectOptional(.parenR)
        return arguments
    }

    /// InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?
    mutating func parseInputValueDefinition() throws(GraphQLError) -> InputValueDefinitionNode {
        let start = token
        let description = try parseDescription()
        let name = try parseName()
        try expect(.colon)
        let type = try parseTypeReference()
        let defaultValue = try expectOptional(.equals) ? try parseValueLiteral(const: true) : nil
        let directives = try parseDirectives(const: true)
        return InputValueDefinitionNode(description: description, name: name, type: type,
                                        defaultValue: defaultValue, directives: directives, loc: loc(start))
    }

    /// InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    mutating func parseInterfaceTypeDefinition() throws(GraphQLError) -> InterfaceTypeDefinitionNode {
        let start = token
        let description = try parseDescription()
        try expectKeyword("interface")
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(const: true)
        let fields = try parseFieldsDefinition()
        return InterfaceTypeDefinitionNode(description: description, name: name, interfaces: interfaces,
                                           directives: directives, fields: fields, loc: loc(start))
    }

    /// UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?
    mutating func parseUnionTypeDefinition() throws(GraphQLError) -> UnionTypeDefinitionNode {
        let start = token
        let description = try parseDescription()
        try expectKeyword("union")
        let name = try parseName()
        let directives = try parseDirectives(const: true)
        let types = try parseUnionMemberTypes()
        return UnionTypeDefinitionNode(description: description, name: name, directives: directives,
                                       types: types, loc: loc(start))
    }

    /// UnionMemberTypes : UnionMemberTypes | NamedType | = |? NamedType
    mutating func parseUnionMemberTypes() throws(GraphQLError) -> [NamedTypeNode] {
        guard try expectOptional(.equals) else { return [] }
        return try parseDelimitedNamedTypes(.pipe)
    }

    /// EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?
    mutating func parseEnumTypeDefinition() throws(GraphQLError) -> EnumTypeDefinitionNode {
        let start = token
        let description = try parseDescription()
        try expectKeyword("enum")
        let name = try parseName()
        let directives = try parseDirectives(const: true)
        let values = try parseEnumValuesDefinition()
        return EnumTypeDefinitionNode(description: description, name: name, directives: directives,
                                      values: values, loc: loc(start))
    }

    /// EnumValuesDefinition : { EnumValueDefinition+ }
    mutating func parseEnumValuesDefinition() throws(GraphQLError) -> [EnumValueDefinitionNode] {
        guard try expectOptional(.braceL) else { return [] }
        var values: [EnumValueDefinitionNode] = []
        repeat {
            values.append(try parseEnumValueDefinition())
        } while try !expectOptional(.braceR)
        return values
    }

    /// EnumValueDefinition : Description? EnumValue Directives[Const]?
    /// EnumValue : Name but not `true`, `false` or `null`
    mutating func parseEnumValueDefinition() throws(GraphQLError) -> EnumValueDefinitionNode {
        let start = token
        let description = try parseDescription()
        if isKeyword("true") || isKeyword("false") || isKeyword("null") { throw reservedEnumValue() }
        let name = try parseName()
        let directives = try parseDirectives(const: true)
        return EnumValueDefinitionNode(description: description, name: name, directives: directives, loc: loc(start))
    }

    /// InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?
    mutating func parseInputObjectTypeDefinition() throws(GraphQLError) -> InputObjectTypeDefinitionNode {
        let start = token
        let description = try parseDescription()
        try expectKeyword("input")
        let name = try parseName()
        let directives = try parseDirectives(const: true)
        let fields = try parseInputFieldsDefinition()
        return InputObjectTypeDefinitionNode(description: description, name: name, directives: directives,
                                             fields: fields, loc: loc(start))
    }

    /// InputFieldsDefinition : { InputValueDefinition+ }
    mutating func parseInputFieldsDefinition() throws(GraphQLError) -> [InputValueDefinitionNode] {
        guard try expectOptional(.braceL) else { return [] }
        var fields: [InputValueDefinitionNode] = []
        repeat {
            fields.append(try parseInputValueDefinition())
        } while try !expectOptional(.braceR)
        return fields
    }

    /// DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations
    mutating func parseDirectiveDefinition() throws(GraphQLError) -> DirectiveDefinitionNode {
        let start = token
        let description = try parseDescription()
        try expectKeyword("directive")
        try expect(.at)
        let name = try parseName()
        let arguments = try parseArgumentDefinitions()
        let repeatable = try expectOptionalKeyword("repeatable")
        try expectKeyword("on")
        let locations = try parseDirectiveLocations()
        return DirectiveDefinitionNode(description: description, name: name, arguments: arguments,
                                       repeatable: repeatable, locations: locations, loc: loc(start))
    }

    /// DirectiveLocations : DirectiveLocations | DirectiveLocation | `|`? DirectiveLocation
    mutating func parseDirectiveLocations() throws(GraphQLError) -> [NameNode] {
        _ = try expectOptional(.pipe)
        var locations: [NameNode] = []
        repeat {
            locations.append(try parseDirectiveLocation())
        } while try expectOptional(.pipe)
        return locations
    }

    /// DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation
    mutating func parseDirectiveLocation() throws(GraphQLError) -> NameNode {
        let start = token
        let name = try parseName()
        guard DirectiveLocation(rawValue: name.value) != nil else { throw unexpected(start) }
        return name
    }

    // MARK: Extensions

    /// TypeSystemExtension : SchemaExtension | TypeExtension
    /// TypeExtension : ScalarTypeExtension | ObjectTypeExtension | InterfaceTypeExtension | UnionTypeExtension | EnumTypeExtension | InputObjectTypeExtension
    mutating func parseTypeSystemExtension() throws(GraphQLError) -> DefinitionNode {
        let keyword = try lookahead()
        if keyword.kind == .name {
            switch text(of: keyword) {
            case "schema": return .schema(try parseSchemaExtension())
            case "scalar": return .scalar(try parseScalarTypeExtension())
            case "type": return .object(try parseObjectTypeExtension())
            case "interface": return .interface(try parseInterfaceTypeExtension())
            case "union": return .union(try parseUnionTypeExtension())
            case "enum": return .enumType(try parseEnumTypeExtension())
            case "input": return .inputObject(try parseInputObjectTypeExtension())
            default: break
            }
        }
        throw unexpected(keyword)
    }

    /// SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]
    mutating func parseSchemaExtension() throws(GraphQLError) -> SchemaDefinitionNode {
        let start = token
        try expectKeyword("extend")
        try expectKeyword("schema")
        let directives = try parseDirectives(const: true)
        var operationTypes: [OperationTypeDefinitionNode] = []
        if try expectOptional(.braceL) {
            repeat {
                operationTypes.append(try parseOperationTypeDefinition())
            } while try !expectOptional(.braceR)
        }
        if directives.isEmpty && operationTypes.isEmpty { throw unexpected(token) }
        return SchemaDefinitionNode(directives: directives, operationTypes: operationTypes, isExtension: true,
                                    loc: loc(start))
    }

    /// ScalarTypeExtension : extend scalar Name Directives[Const]
    mutating func parseScalarTypeExtension() throws(GraphQLError) -> ScalarTypeDefinitionNode {
        let start = token
        try expectKeyword("extend")
        try expectKeyword("scalar")
        let name = try parseName()
        let directives = try parseDirectives(const: true)
        if directives.isEmpty { throw unexpected(token) }
        return ScalarTypeDefinitionNode(name: name, directives: directives, isExtension: true, loc: loc(start))
    }

    /// ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition | extend type Name ImplementsInterfaces? Directives[Const] | extend type Name ImplementsInterfaces
    mutating func parseObjectTypeExtension() throws(GraphQLError) -> ObjectTypeDefinitionNode {
        let start = token
        try expectKeyword("extend")
        try expectKeyword("type")
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(const: true)
        let fields = try parseFieldsDefinition()
        if interfaces.isEmpty && directives.isEmpty && fields.isEmpty { throw unexpected(token) }
        return ObjectTypeDefinitionNode(name: name, interfaces: interfaces, directives: directives, fields: fields,
                                        isExtension: true, loc: loc(start))
    }

    /// InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition | extend interface Name ImplementsInterfaces? Directives[Const] | extend interface Name ImplementsInterfaces
    mutating func parseInterfaceTypeExtension() throws(GraphQLError) -> InterfaceTypeDefinitionNode {
        let start = token
        try expectKeyword("extend")
        try expectKeyword("interface")
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(const: true)
        let fields = try parseFieldsDefinition()
        if interfaces.isEmpty && directives.isEmpty && fields.isEmpty { throw unexpected(token) }
        return InterfaceTypeDefinitionNode(name: name, interfaces: interfaces, directives: directives, fields: fields,
                                           isExtension: true, loc: loc(start))
    }

    /// UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]
    mutating func parseUnionTypeExtension() throws(GraphQLError) -> UnionTypeDefinitionNode {
        let start = token
        try expectKeyword("extend")
        try expectKeyword("union")
        let name = try parseName()
        let directives = try parseDirectives(const: true)
        let types = try parseUnionMemberTypes()
        if directives.isEmpty && types.isEmpty { throw unexpected(token) }
        return UnionTypeDefinitionNode(name: name, directives: directives, types: types, isExtension: true,
                                       loc: loc(start))
    }

    /// EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]
    mutating func parseEnumTypeExtension() throws(GraphQLError) -> EnumTypeDefinitionNode {
        let start = token
        try expectKeyword("extend")
        try expectKeyword("enum")
        let name = try parseName()
        let directives = try parseDirectives(const: true)
        let values = try parseEnumValuesDefinition()
        if directives.isEmpty && values.isEmpty { throw unexpected(token) }
        return EnumTypeDefinitionNode(name: name, directives: directives, values: values, isExtension: true,
                                      loc: loc(start))
    }

    /// InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const]
    mutating func parseInputObjectTypeExtension() throws(GraphQLError) -> InputObjectTypeDefinitionNode {
        let start = token
        try expectKeyword("extend")
        try expectKeyword("input")
        let name = try parseName()
        let directives = try parseDirectives(const: true)
        let fields = try parseInputFieldsDefinition()
        if directives.isEmpty && fields.isEmpty { throw unexpected(token) }
        return InputObjectTypeDefinitionNode(name: name, directives: directives, fields: fields, isExtension: true,
                                             loc: loc(start))
    }
}
