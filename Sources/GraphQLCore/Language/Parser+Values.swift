// Values, directives and type references.
// https://spec.graphql.org/September2025/#sec-Input-Values

extension Parser {
    /// Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    mutating func parseValueLiteral(const isConst: Bool) throws(GraphQLError) -> ValueNode {
        let start = token
        switch start.kind {
        case .bracketL:
            return try parseList(const: isConst)
        case .braceL:
            return try parseObject(const: isConst)
        case .int:
            try advance()
            return ValueNode(.int(text(of: start)), loc: loc(start))
        case .float:
            try advance()
            return ValueNode(.float(text(of: start)), loc: loc(start))
        case .string, .blockString:
            let value = lexer.stringValue
            try advance()
            return ValueNode(.string(value, block: start.kind == .blockString), loc: loc(start))
        case .name:
            try advance()
            return ValueNode(namedValue(start), loc: loc(start))
        case .dollar:
            if isConst {
                try advance()
                throw peek(.name) ? variableInConstant(at: start) : unexpected(start)
            }
            let variable = try parseVariable()
            return ValueNode(.variable(variable.name.value), loc: variable.loc)
        default:
            throw unexpected(start)
        }
    }

    /// BooleanValue : one of `true` `false`
    /// NullValue : `null`
    /// EnumValue : Name but not `true`, `false` or `null`
    private func namedValue(_ name: Token) -> ValueNode.Kind {
        let text = text(of: name)
        switch text {
        case "true": return .boolean(true)
        case "false": return .boolean(false)
        case "null": return .null
        default: return .enumValue(text)
        }
    }

    /// ListValue[Const] : [ ] | [ Value[?Const]+ ]
    mutating func parseList(const isConst: Bool) throws(GraphQLError) -> ValueNode {
        let start = token
        try enterNesting()
        try expect(.bracketL)
        var values: [ValueNode] = []
        while try !expectOptional(.bracketR) {
            values.append(try parseValueLiteral(const: isConst))
        }
        depth -= 1
        return ValueNode(.list(values), loc: loc(start))
    }

    /// ObjectValue[Const] : { } | { ObjectField[?Const]+ }
    mutating func parseObject(const isConst: Bool) throws(GraphQLError) -> ValueNode {
        let start = token
        try enterNesting()
        try expect(.braceL)
        var fields: [ObjectFieldNode] = []
        while try !expectOptional(.braceR) {
            fields.append(try parseObjectField(const: isConst))
        }
        depth -= 1
        return ValueNode(.object(fields), loc: loc(start))
    }

    /// ObjectField[Const] : Name : Value[?Const]
    mutating func parseObjectField(const isConst: Bool) throws(GraphQLError) -> ObjectFieldNode {
        let start = token
        let name = try parseName()
        try expect(.colon)
        return ObjectFieldNode(name: name, value: try parseValueLiteral(const: isConst), loc: loc(start))
    }

    // MARK: Directives

    /// Directives[Const] : Directive[?Const]+
    mutating func parseDirectives(const isConst: Bool) throws(GraphQLError) -> [DirectiveNode] {
        var directives: [DirectiveNode] = []
        while peek(.at) {
            directives.append(try parseDirective(const: isConst))
        }
        return directives
    }

    /// Directive[Const] : @ Name Arguments[?Const]?
    mutating func parseDirective(const isConst: Bool) throws(GraphQLError) -> DirectiveNode {
        let start = token
        try expect(.at)
        let name = try parseName()
        return DirectiveNode(name: name, arguments: try parseArguments(const: isConst), loc: loc(start))
    }

    // MARK: Types

    /// Type : NamedType | ListType | NonNullType
    /// ListType : [ Type ]
    /// NonNullType : NamedType ! | ListType !
    mutating func parseTypeReference() throws(GraphQLError) -> TypeNode {
        let start = token
        var type: TypeNode
        if peek(.bracketL) {
            try enterNesting()
            try advance()
            let inner = try parseTypeReference()
            try expect(.bracketR)
            depth -= 1
            type = .list(inner, loc(start))
        } else {
            type = .named(try parseNamedType())
        }
        if try expectOptional(.bang) {
            return .nonNull(type, loc(start))
        }
        return type
    }
}
