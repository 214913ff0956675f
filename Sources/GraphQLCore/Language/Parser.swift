// A recursive-descent parser for GraphQL documents, executable and type system, after
// graphql-js's parser: the same grammar functions, the same error messages and locations.
// Each grammar function opens with its production. This file holds the parser's state, its
// token helpers, and the executable definitions; values and types are in Parser+Values.swift,
// the type system in Parser+TypeSystem.swift.
// https://spec.graphql.org/September2025/#sec-Language

/// The parser's state: the lexer, the current token, the end of the previous token (where
/// a node that ends there ends), and the counters behind `ParseOptions`.
struct Parser {
    /// The token source.
    var lexer: Lexer
    /// The current token (not yet consumed).
    var token: Token
    /// The end offset of the last consumed token.
    var lastEnd: Int32 = 0
    /// Tokens consumed so far (`<EOF>` not counted).
    var tokenCount = 0
    /// Current nesting depth.
    var depth = 0
    /// `ParseOptions.maxTokens`.
    let maxTokens: Int
    /// `ParseOptions.maxDepth`.
    let maxDepth: Int

    /// A parser positioned at the start-of-file token.
    init(_ bytes: UnsafeBufferPointer<UInt8>, options: ParseOptions) {
        lexer = Lexer(bytes)
        token = Token(kind: .sof, start: 0, end: 0, line: 0, column: 0)
        maxTokens = options.maxTokens
        maxDepth = options.maxDepth
    }

    // MARK: Document

    /// Document : Definition+
    mutating func parseDocument() throws(GraphQLError) -> DocumentNode {
        try expect(.sof)
        var definitions: [DefinitionNode] = []
        repeat {
            definitions.append(try parseDefinition())
        } while try !expectOptional(.eof)
        return DocumentNode(definitions: definitions,
                            loc: Location(start: 0, end: Int32(lexer.bytes.count), line: 1, column: 1))
    }

    /// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension
    /// ExecutableDefinition : OperationDefinition | FragmentDefinition
    /// TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition
    mutating func parseDefinition() throws(GraphQLError) -> DefinitionNode {
        if peek(.braceL) { return .operation(try parseOperationDefinition()) }
        // Many definitions begin with a description and need a lookahead.
        let hasDescription = peekDescription()
        let keyword = hasDescription ? try lookahead() : token
        if keyword.kind == .name {
            switch text(of: keyword) {
            case "schema": return .schema(try parseSchemaDefinition())
            case "scalar": return .scalar(try parseScalarTypeDefinition())
            case "type": return .object(try parseObjectTypeDefinition())
            case "interface": return .interface(try parseInterfaceTypeDefinition())
            case "union": return .union(try parseUnionTypeDefinition())
            case "enum": return .enumType(try parseEnumTypeDefinition())
            case "input": return .inputObject(try parseInputObjectTypeDefinition())
            case "directive": return .directive(try parseDirectiveDefinition())
            // September 2025: operations and fragments may have descriptions (graphql-js 16 refuses them).
            case "query", "mutation", "subscription": return .operation(try parseOperationDefinition())
            case "fragment": return .fragment(try parseFragmentDefinition())
            case "extend" where !hasDescription: return try parseTypeSystemExtension()
            default: break
            }
            if hasDescription { throw unexpectedDescription() }
        }
        throw unexpected(keyword)
    }

    // MARK: Operations

    /// OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet
    mutating func parseOperationDefinition() throws(GraphQLError) -> OperationDefinitionNode {
        let start = token
        if peek(.braceL) {
            return OperationDefinitionNode(operation: .query, selectionSet: try parseSelectionSet(), loc: loc(start))
        }
        let description = try parseDescription()
        let operation = try parseOperationType()
        let name = peek(.name) ? try parseName() : nil
        let variableDefinitions = try parseVariableDefinitions()
        let directives = try parseDirectives(const: false)
        let selectionSet = try parseSelectionSet()
        return OperationDefinitionNode(description: description, operation: operation, name: name,
                                       variableDefinitions: variableDefinitions, directives: directives,
                                       selectionSet: selectionSet, loc: loc(start))
    }

    /// OperationType : one of `query` `mutation` `subscription`
    mutating func parseOperationType() throws(GraphQLError) -> OperationType {
        let operationToken = try expect(.name)
        switch text(of: operationToken) {
        case "query": return .query
        case "mutation": return .mutation
        case "subscription": return .subscription
        default: throw unexpected(operationToken)
        }
    }

    /// VariablesDefinition : ( VariableDefinition+ )
    mutating func parseVariableDefinitions() throws(GraphQLError) -> [VariableDefinitionNode] {
        guard try expectOptional(.parenL) else { return [] }
        var definitions: [VariableDefinitionNode] = []
        repeat {
            definitions.append(try parseVariableDefinition())
        } while try !expectOptional(.parenR)
        return definitions
    }

    /// VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?
    mutating func parseVariableDefinition() throws(GraphQLError) -> VariableDefinitionNode {
        let start = token
        let description = try parseDescription()
        let variable = try parseVariable()
        try expect(.colon)
        let type = try parseTypeReference()
        let defaultValue = try expectOptional(.equals) ? try parseValueLiteral(const: true) : nil
        let directives = try parseDirectives(const: true)
        return VariableDefinitionNode(description: description, variable: variable, type: type,
                                      defaultValue: defaultValue, directives: directives, loc: loc(start))
    }

    /// Variable : $ Name
    mutating func parseVariable() throws(GraphQLError) -> VariableNode {
        let start = token
        try expect(.dollar)
        return VariableNode(name: try parseName(), loc: loc(start))
    }

    /// SelectionSet : { Selection+ }
    mutating func parseSelectionSet() throws(GraphQLError) -> SelectionSetNode {
        let start = token
        try enterNesting()
        try expect(.braceL)
        var selections: [SelectionNode] = []
        repeat {
            if token.kind == .spread {
                selections.append(try parseFragment())
            } else {
                selections.append(.field(try parseField()))
            }
        } while try !expectOptional(.braceR)
        depth -= 1
        return SelectionSetNode(selections: selections, loc: loc(start))
    }

    /// Selection : Field | FragmentSpread | InlineFragment
    /// (inlined in `parseSelectionSet`, the only place a selection occurs)

    /// Field : Alias? Name Arguments? Directives? SelectionSet?
    /// Alias : Name :
    mutating func parseField() throws(GraphQLError) -> FieldNode {
        let start = token
        let nameOrAlias = try parseName()
        let alias: NameNode?
        let name: NameNode
        if try expectOptional(.colon) {
            alias = nameOrAlias
            name = try parseName()
        } else {
            alias = nil
            name = nameOrAlias
        }
        let arguments = try parseArguments(const: false)
        let directives = try parseDirectives(const: false)
        let selectionSet = peek(.braceL) ? try parseSelectionSet() : nil
        return FieldNode(alias: alias, name: name, arguments: arguments, directives: directives,
                         selectionSet: selectionSet, loc: loc(start))
    }

    /// Arguments[Const] : ( Argument[?Const]+ )
    mutating func parseArguments(const isConst: Bool) throws(GraphQLError) -> [ArgumentNode] {
        guard try expectOptional(.parenL) else { return [] }
        var arguments: [ArgumentNode] = []
        repeat {
            arguments.append(try parseArgument(const: isConst))
        } while try !expectOptional(.parenR)
        return arguments
    }

    /// Argument[Const] : Name : Value[?Const]
    mutating func parseArgument(const isConst: Bool) throws(GraphQLError) -> ArgumentNode {
        let start = token
        let name = try parseName()
        try expect(.colon)
        return ArgumentNode(name: name, value: try parseValueLiteral(const: isConst), loc: loc(start))
    }

    // MARK: Fragments

    /// FragmentSpread : ... FragmentName Directives?
    /// InlineFragment : ... TypeCondition? Directives? SelectionSet
    mutating func parseFragment() throws(GraphQLError) -> SelectionNode {
        let start = token
        try expect(.spread)
        let hasTypeCondition = try expectOptionalKeyword("on")
        if !hasTypeCondition && peek(.name) {
            let name = try parseFragmentName()
            return .fragmentSpread(FragmentSpreadNode(name: name, directives: try parseDirectives(const: false),
                                                      loc: loc(start)))
        }
        let typeCondition = hasTypeCondition ? try parseNamedType() : nil
        let directives = try parseDirectives(const: false)
        let selectionSet = try parseSelectionSet()
        return .inlineFragment(InlineFragmentNode(typeCondition: typeCondition, directives: directives,
                                                  selectionSet: selectionSet, loc: loc(start)))
    }

    /// FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet
    /// TypeCondition : on NamedType
    mutating func parseFragmentDefinition() throws(GraphQLError) -> FragmentDefinitionNode {
        let start = token
        let description = try parseDescription()
        try expectKeyword("fragment")
        let name = try parseFragmentName()
        try expectKeyword("on")
        let typeCondition = try parseNamedType()
        let directives = try parseDirectives(const: false)
        let selectionSet = try parseSelectionSet()
        return FragmentDefinitionNode(description: description, name: name, typeCondition: typeCondition,
                                      directives: directives, selectionSet: selectionSet, loc: loc(start))
    }

    /// FragmentName : Name but not `on`
    mutating func parseFragmentName() throws(GraphQLError) -> NameNode {
        if isKeyword("on") { throw unexpected(token) }
        return try parseName()
    }

    /// Name : /[_A-Za-z][_0-9A-Za-z]*/
    mutating func parseName() throws(GraphQLError) -> NameNode {
        let nameToken = try expect(.name)
        return NameNode(value: text(of: nameToken), loc: loc(nameToken))
    }

    /// NamedType : Name
    @inline(__always)
    mutating func parseNamedType() throws(GraphQLError) -> NamedTypeNode {
        try parseName()
    }

    /// Description : StringValue
    mutating func parseDescription() throws(GraphQLError) -> StringValueNode? {
        guard peekDescription() else { return nil }
        return try parseStringLiteral()
    }

    /// StringValue, as a node of its own (descriptions).
    mutating func parseStringLiteral() throws(GraphQLError) -> StringValueNode {
        let start = token
        let value = lexer.stringValue
        try advance()
        return StringValueNode(value: value, block: start.kind == .blockString, loc: loc(start))
    }
}
