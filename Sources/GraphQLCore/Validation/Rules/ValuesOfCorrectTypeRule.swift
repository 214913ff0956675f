// Values of Correct Type
//
// "For each literal Input Value value in the document: Let type be the type expected in the
// position value is found. value must be coercible to type (with the assumption that any
// variableUsage nested within value will represent a runtime value valid for usage in its
// position)."
// https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type

/// A document is only valid if every value literal is of the type expected at its position:
/// scalars as their `parseLiteral` accepts them, enum values the enum has, input objects with
/// their required fields and no unknown ones, OneOf input objects with exactly one non-null field.
public final class ValuesOfCorrectTypeRule: ValidationRule {
    private var variableDefinitions: [String: VariableDefinitionNode] = [:]

    /// Creates the rule.
    public init(context: ValidationContext) {}

    /// Operations and variable definitions (for OneOf), values and object fields.
    public static var visits: ValidationNodeKinds { [.operationDefinition, .variableDefinition, .value, .objectField] }

    /// Forgets the previous operation's variables.
    public func enterOperationDefinition(_ node: OperationDefinitionNode, context: ValidationContext) {
        variableDefinitions = [:]
    }

    /// Remembers a variable's definition, for OneOf input objects.
    public func enterVariableDefinition(_ node: VariableDefinitionNode, context: ValidationContext) {
        variableDefinitions[node.variable.name.value] = node
    }

    /// Checks a value against the type its position expects.
    public func enterValue(_ node: ValueNode, context: ValidationContext) {
        switch node.kind {
        case .variable:
            return
        case .null:
            // The walker has not pushed anything for null: the input type is the position's.
            if let type = context.inputType, type.isNonNull {
                context.reportError("Expected value of type \"\(type)\", found \(node.printed).", nodes: [node.loc])
            }
        case .list:
            // The walker has pushed the item type: the list's own type is the parent input type.
            guard context.parentInputType?.nullable.isList == true else {
                checkLeaf(node, context: context)
                context.skipChildren()
                return
            }
        case .object(let fields):
            guard let type = context.inputType?.namedType as? GraphQLInputObjectType else {
                checkLeaf(node, context: context)
                context.skipChildren()
                return
            }
            checkObject(node, fields: fields, type: type, context: context)
        case .int, .float, .string, .boolean, .enumValue:
            checkLeaf(node, context: context)
        }
    }

    /// Reports a field the input object type does not define, with suggestions.
    public func enterObjectField(_ node: ObjectFieldNode, context: ValidationContext) {
        guard context.inputType == nil, let parentType = context.parentInputType?.namedType as? GraphQLInputObjectType else {
            return
        }
        let suggestions = suggestionList(node.name.value, options: parentType.fields.map(\.name))
        context.reportError("Field \"\(node.name.value)\" is not defined by type \"\(parentType.name)\"."
                                + didYouMean(suggestions), nodes: [node.loc])
    }

    // MARK: Checks

    /// Every required field must be given; a OneOf input object needs exactly one, non-null.
    private func checkObject(_ node: ValueNode, fields: [ObjectFieldNode], type: GraphQLInputObjectType,
                             context: ValidationContext) {
        var given: [String: ObjectFieldNode] = [:]
        var keys: [String] = []
        for field in fields where given.updateValue(field, forKey: field.name.value) == nil {
            keys.append(field.name.value)
        }
        for field in type.fields where given[field.name] == nil && field.isRequired {
            context.reportError("Field \"\(type.name).\(field.name)\" of required type \"\(field.type)\" was not provided.",
                                nodes: [node.loc])
        }
        guard type.isOneOf else { return }
        guard keys.count == 1, let only = given[keys[0]] else {
            context.reportError("OneOf Input Object \"\(type.name)\" must specify exactly one key.", nodes: [node.loc])
            return
        }
        switch only.value.kind {
        case .null:
            context.reportError("Field \"\(type.name).\(keys[0])\" must be non-null.", nodes: [node.loc])
        case .variable(let name):
            if let definition = variableDefinitions[name], !Self.isNonNull(definition.type) {
                context.reportError("Variable \"\(name)\" must be non-nullable to be used for OneOf Input Object \"\(type.name)\".",
                                    nodes: [node.loc])
            }
        default:
            break
        }
    }

    private static func isNonNull(_ type: TypeNode) -> Bool {
        if case .nonNull = type { return true }
        return false
    }

    /// graphql-js's `isValidValueNode`: a literal where a leaf type is expected must parse as
    /// that type; anything else where a non-leaf type is expected is wrong.
    private func checkLeaf(_ node: ValueNode, context: ValidationContext) {
        guard let locationType = context.inputType else { return }
        let type = locationType.namedType
        do {
            if let scalar = type as? GraphQLScalarType {
                _ = try scalar.parseLiteral(node, nil)
            } else if let enumType = type as? GraphQLEnumType {
                _ = try enumType.parseLiteral(node)
            } else {
                context.reportError("Expected value of type \"\(locationType)\", found \(node.printed).", nodes: [node.loc])
            }
        } catch let error as GraphQLError {
            context.reportError(error)
        } catch {
            context.reportError("Expected value of type \"\(locationType)\", found \(node.printed); \(error)", nodes: [node.loc])
        }
    }
}
