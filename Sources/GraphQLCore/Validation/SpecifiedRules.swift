// The rules the spec defines, in graphql-js 16's order (which decides the order of errors).
// Both validation branches add their rules here as they land.

/// Every rule of the spec's Validation section, in graphql-js 16's order.
public let specifiedRules: [any ValidationRule.Type] = [
    ExecutableDefinitionsRule.self,
    ValuesOfCorrectTypeRule.self,
    ProvidedRequiredArgumentsRule.self,
    VariablesInAllowedPositionRule.self,
    OverlappingFieldsCanBeMergedRule.self,
    UniqueInputFieldNamesRule.self,
    MaxIntrospectionDepthRule.self,
]
