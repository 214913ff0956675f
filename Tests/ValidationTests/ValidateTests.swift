import Testing
@testable import GraphQLCore

// validate() with all specified rules: one walk, errors in graphql-js 16.6's order.
@Suite struct ValidateTests {
    @Test func validDocuments() {
        #expect(validationErrors("""
        query Q($id: ID!, $first: Int = 5, $skip: Boolean = false) {
          product(id: $id) { ...ProductCard variants(first: $first) { id sku price { amount } } }
          search(query: "shoe", types: [PRODUCT]) { __typename ... on Product { ...ProductCard } ... on Vendor { name @skip(if: $skip) } }
        }
        fragment ProductCard on Merchandise { id title price { amount currencyCode } }
        """, rules: specifiedRules) == [])
    }

    @Test func errorsOfAllRulesInGraphQLJSOrder() {
        #expect(validationErrors("""
        query Q($a: Int, $a: Product, $unused: String) @onField {
          product(id: $a, nope: 1) { titel ...F ... on Vendor { name } price }
          shopName { x }
          echo(int: "x", format: RED)
        }
        query Q { ...G }
        { shopName }
        fragment F on Product { ...F id @skip(if: $undefined) }
        fragment Unused on Money { amount }
        type T { f: Unknown }
        """, rules: specifiedRules) == [
            "The \"T\" definition is not executable. (10:1)",
            "There can be only one variable named \"$a\". (1:10, 1:19)",
            "Variable \"$a\" cannot be non-input type \"Product\". (1:22)",
            "Directive \"@onField\" may not be used on QUERY. (1:48)",
            "Unknown argument \"nope\" on field \"Query.product\". (2:19)",
            "Cannot query field \"titel\" on type \"Product\". Did you mean \"title\"? (2:30)",
            "Fragment cannot be spread here as objects of type \"Product\" can never be of type \"Vendor\". (2:41)",
            "Field \"price\" of type \"Money\" must have a selection of subfields. Did you mean \"price { ... }\"? (2:64)",
            "Field \"shopName\" must not have a selection since type \"String!\" has no subfields. (3:12)",
            "Int cannot represent non-integer value: \"x\" (4:13)",
            "Value \"RED\" does not exist in \"TextFormat\" enum. (4:26)",
            "Variable \"$undefined\" is not defined by operation \"Q\". (8:43, 1:1)",
            "Variable \"$unused\" is never used in operation \"Q\". (1:31)",
            "Variable \"$a\" of type \"Product\" used in position expecting type \"ID\". (1:18, 2:15)",
            "There can be only one operation named \"Q\". (1:7, 6:7)",
            "Unknown fragment \"G\". (6:14)",
            "This anonymous operation must be the only defined operation. (7:1)",
            "Cannot spread fragment \"F\" within itself. (8:25)",
            "Unknown type \"Unknown\". (10:13)",
            "Fragment \"Unused\" is never used. (9:1)",
        ])
        #expect(validationErrors("""
        subscription S($c: ID!) { cartUpdated(cartId: $c) { id } productPriceChanged { id } }
        mutation M($l: [CartLineInput!]) { cartCreate(lines: $l) { id lines { merchandise { ... on Product { id } } } } }
        """, rules: specifiedRules) == [
            "Subscription \"S\" must select only one top level field. (1:58)",
            "Fragment cannot be spread here as objects of type \"CartLineMerchandise\" can never be of type \"Product\". (2:85)",
        ])
    }

    @Test func stopsAfterOneHundredErrors() throws {
        let document = try parse("{" + (0..<150).map { " f\($0)" }.joined() + " }")
        let errors = validate(schema: Harness.schema, document: document)
        #expect(errors.count == 101)
        #expect(errors[99].described == "Cannot query field \"f99\" on type \"Query\". (1:389)")
        #expect(errors[100].message == "Too many validation errors, error limit reached. Validation aborted.")
        #expect(errors[100].locations.isEmpty)
    }

    @Test func aSmallerLimit() throws {
        let document = try parse("{ a b c }")
        let errors = validate(schema: Harness.schema, document: document, maxErrors: 2).map(\.message)
        #expect(errors == [
            "Cannot query field \"a\" on type \"Query\".",
            "Cannot query field \"b\" on type \"Query\".",
            "Too many validation errors, error limit reached. Validation aborted.",
        ])
    }

    @Test func specifiedRulesInGraphQLJSOrder() {
        #expect(specifiedRules.map { "\($0)" } == [
            "ExecutableDefinitionsRule", "UniqueOperationNamesRule", "LoneAnonymousOperationRule",
            "SingleFieldSubscriptionsRule", "KnownTypeNamesRule", "FragmentsOnCompositeTypesRule",
            "VariablesAreInputTypesRule", "ScalarLeafsRule", "FieldsOnCorrectTypeRule", "UniqueFragmentNamesRule",
            "KnownFragmentNamesRule", "NoUnusedFragmentsRule", "PossibleFragmentSpreadsRule", "NoFragmentCyclesRule",
            "UniqueVariableNamesRule", "NoUndefinedVariablesRule", "NoUnusedVariablesRule", "KnownDirectivesRule",
            "UniqueDirectivesPerLocationRule", "KnownArgumentNamesRule", "UniqueArgumentNamesRule",
            "ValuesOfCorrectTypeRule", "ProvidedRequiredArgumentsRule", "VariablesInAllowedPositionRule",
            "OverlappingFieldsCanBeMergedRule", "UniqueInputFieldNamesRule", "MaxIntrospectionDepthRule",
        ])
    }
}
