import Testing
@testable import GraphQLCore

// OverlappingFieldsCanBeMergedRule: graphql-js 16's own cases, expectations from graphql-js 16.

@Suite struct OverlappingFieldsCanBeMergedRuleTests {

    @Test func uniqueFields() throws {
        let found = try errors("""
            fragment uniqueFields on Dog { name nickname }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [])
    }

    @Test func identicalFields() throws {
        let found = try errors("""
            fragment mergeIdenticalFields on Dog { name name }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [])
    }

    @Test func identicalFieldsWithIdenticalArgs() throws {
        let found = try errors("""
            fragment f on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [])
    }

    @Test func identicalFieldsWithIdenticalDirectives() throws {
        let found = try errors("""
            fragment f on Dog { name @include(if: true) name @include(if: true) }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [])
    }

    @Test func differentArgsWithDifferentAliases() throws {
        let found = try errors("""
            fragment f on Dog { knowsSit: doesKnowCommand(dogCommand: SIT) knowsDown: doesKnowCommand(dogCommand: DOWN) }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [])
    }

    @Test func differentDirectivesWithDifferentAliases() throws {
        let found = try errors("""
            fragment f on Dog { nameIfTrue: name @include(if: true) nameIfFalse: name @include(if: false) }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [])
    }

    @Test func differentSkipIncludeDirectivesAccepted() throws {
        let found = try errors("""
            fragment f on Dog { name @include(if: true) name @include(if: false) }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [])
    }

    @Test func sameAliasesWithDifferentFieldTargets() throws {
        let found = try errors("""
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              fido: name
              fido: nickname
            }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3))])
    }

    @Test func sameAliasesOnNonOverlappingFields() throws {
        let found = try errors("""
            fragment sameAliasesWithDifferentFieldTargets on Pet {
              ... on Dog { name }
              ... on Cat { name: nickname }
            }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [])
    }

    @Test func aliasMaskingDirectFieldAccess() throws {
        let found = try errors("""
            fragment aliasMaskingDirectFieldAccess on Dog {
              name: nickname
              name
            }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3))])
    }

    @Test func differentArgsSecondAddsAnArgument() throws {
        let found = try errors("""
            fragment conflictingArgs on Dog {
              doesKnowCommand
              doesKnowCommand(dogCommand: HEEL)
            }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3))])
    }

    @Test func differentArgsSecondMissingAnArgument() throws {
        let found = try errors("""
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand
            }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3))])
    }

    @Test func conflictingArgValues() throws {
        let found = try errors("""
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: HEEL)
            }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3))])
    }

    @Test func conflictingArgNames() throws {
        let found = try errors("""
            fragment conflictingArgs on Dog {
              isAtLocation(x: 0)
              isAtLocation(y: 0)
            }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3))])
    }

    @Test func argumentOrderDoesNotMatter() throws {
        let found = try errors("""
            fragment f on Dog {
              isAtLocation(x: 0, y: 1)
              isAtLocation(y: 1, x: 0)
            }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [])
    }

    @Test func objectArgumentFieldOrderDoesNotMatter() throws {
        let found = try errors("""
            { complicatedArgs {
              complexArgField(complexArg: { requiredField: true, intField: 1 })
              complexArgField(complexArg: { intField: 1, requiredField: true })
            } }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [])
    }

    @Test func blockStringAndStringDiffer() throws {
        let found = try errors("""
            { complicatedArgs {
              stringArgField(stringArg: "a")
              stringArgField(stringArg: \"""a\""")
            } }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"stringArgField\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3))])
    }

    @Test func differentArgsOnDifferentTypesAllowed() throws {
        let found = try errors("""
            fragment conflictingArgs on Pet {
              ... on Dog { name(surname: true) }
              ... on Cat { name }
            }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [])
    }

    @Test func conflictInFragments() throws {
        let found = try errors("""
            {
              ...A
              ...B
            }
            fragment A on Type {
              x: a
            }
            fragment B on Type {
              x: b
            }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (6, 3), (9, 3))])
    }

    @Test func eachConflictReportedOnce() throws {
        let found = try errors("""
            {
              f1 {
                ...A
                ...B
              }
              f2 {
                ...B
                ...A
              }
              f3 {
                ...A
                ...B
                x: c
              }
            }
            fragment A on Type {
              x: a
            }
            fragment B on Type {
              x: b
            }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (17, 3), (20, 3)),
            .init("Fields \"x\" conflict because \"c\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (13, 5), (17, 3)),
            .init("Fields \"x\" conflict because \"c\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (13, 5), (20, 3))])
    }

    @Test func deepConflict() throws {
        let found = try errors("""
            {
              field {
                x: a
              },
              field {
                x: b
              }
            }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (5, 3), (6, 5))])
    }

    @Test func deepConflictWithMultipleIssues() throws {
        let found = try errors("""
            {
              field {
                x: a
                y: c
              },
              field {
                x: b
                y: d
              }
            }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (4, 5), (6, 3), (7, 5), (8, 5))])
    }

    @Test func veryDeepConflict() throws {
        let found = try errors("""
            {
              field {
                deepField {
                  x: a
                }
              },
              field {
                deepField {
                  x: b
                }
              }
            }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"field\" conflict because subfields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (4, 7), (7, 3), (8, 5), (9, 7))])
    }

    @Test func deepConflictToNearestCommonAncestor() throws {
        let found = try errors("""
            {
              field {
                deepField {
                  x: a
                }
                deepField {
                  x: b
                }
              },
              field {
                deepField {
                  y
                }
              }
            }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 7), (6, 5), (7, 7))])
    }

    @Test func deepConflictToNearestCommonAncestorInFragments() throws {
        let found = try errors("""
            {
              field {
                ...F
              }
              field {
                ...F
              }
            }
            fragment F on T {
              deepField {
                deeperField {
                  x: a
                }
                deeperField {
                  x: b
                }
              },
              deepField {
                deeperField {
                  y
                }
              }
            }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"deeperField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (11, 5), (12, 7), (14, 5), (15, 7))])
    }

    @Test func deepConflictInNestedFragments() throws {
        let found = try errors("""
            {
              field {
                ...F
              }
              field {
                ...I
              }
            }
            fragment F on T {
              x: a
              ...G
            }
            fragment G on T {
              y: c
            }
            fragment I on T {
              y: d
              ...J
            }
            fragment J on T {
              x: b
            }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (10, 3), (14, 3), (5, 3), (21, 3), (17, 3))])
    }

    @Test func ignoresUnknownFragments() throws {
        let found = try errors("""
            {
              field
              ...Unknown
              ...Known
            }

            fragment Known on T {
              field
              ...OtherUnknown
            }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [])
    }

    @Test func conflictingReturnTypesWhichPotentiallyOverlap() throws {
        let found = try errors("""
            {
              someBox {
                ...on IntBox {
                  scalar
                }
                ...on NonNullStringBox1 {
                  scalar
                }
              }
            }
            """, schema: TestSchemas.boxes, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String!\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7))])
    }

    @Test func compatibleReturnShapesOnDifferentReturnTypes() throws {
        let found = try errors("""
            {
              someBox {
                ... on SomeBox {
                  deepBox {
                    unrelatedField
                  }
                }
                ... on StringBox {
                  deepBox {
                    unrelatedField
                  }
                }
              }
            }
            """, schema: TestSchemas.boxes, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [])
    }

    @Test func differingReturnTypesDespiteNoOverlap() throws {
        let found = try errors("""
            {
              someBox {
                ... on IntBox {
                  scalar
                }
                ... on StringBox {
                  scalar
                }
              }
            }
            """, schema: TestSchemas.boxes, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7))])
    }

    @Test func nonExclusiveFollowsExclusive() throws {
        let found = try errors("""
            {
              someBox {
                ... on IntBox {
                  deepBox {
                    ...X
                  }
                }
              }
              someBox {
                ... on StringBox {
                  deepBox {
                    ...Y
                  }
                }
              }
              memoed: someBox {
                ... on IntBox {
                  deepBox {
                    ...X
                  }
                }
              }
              memoed: someBox {
                ... on StringBox {
                  deepBox {
                    ...Y
                  }
                }
              }
              other: someBox {
                ...X
              }
              other: someBox {
                ...Y
              }
            }
            fragment X on SomeBox {
              scalar
            }
            fragment Y on SomeBox {
              scalar: unrelatedField
            }
            """, schema: TestSchemas.boxes, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"other\" conflict because subfields \"scalar\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (30, 3), (38, 3), (33, 3), (41, 3))])
    }

    @Test func differingNullabilityDespiteNoOverlap() throws {
        let found = try errors("""
            {
              someBox {
                ... on NonNullStringBox1 {
                  scalar
                }
                ... on StringBox {
                  scalar
                }
              }
            }
            """, schema: TestSchemas.boxes, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"scalar\" conflict because they return conflicting types \"String!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7))])
    }

    @Test func differingListDespiteNoOverlap() throws {
        let found = try errors("""
            {
              someBox {
                ... on IntBox {
                  box: listStringBox {
                    scalar
                  }
                }
                ... on StringBox {
                  box: stringBox {
                    scalar
                  }
                }
              }
            }
            """, schema: TestSchemas.boxes, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"box\" conflict because they return conflicting types \"[StringBox]\" and \"StringBox\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (9, 7))])
    }

    @Test func differingSubfields() throws {
        let found = try errors("""
            {
              someBox {
                ... on IntBox {
                  box: stringBox {
                    val: scalar
                    val: unrelatedField
                  }
                }
                ... on StringBox {
                  box: stringBox {
                    val: scalar
                  }
                }
              }
            }
            """, schema: TestSchemas.boxes, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"val\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (5, 9), (6, 9))])
    }

    @Test func differingDeepReturnTypesDespiteNoOverlap() throws {
        let found = try errors("""
            {
              someBox {
                ... on IntBox {
                  box: stringBox {
                    scalar
                  }
                }
                ... on StringBox {
                  box: intBox {
                    scalar
                  }
                }
              }
            }
            """, schema: TestSchemas.boxes, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"box\" conflict because subfields \"scalar\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (5, 9), (9, 7), (10, 9))])
    }

    @Test func nonConflictingOverlappingTypes() throws {
        let found = try errors("""
            {
              someBox {
                ... on IntBox {
                  scalar: unrelatedField
                }
                ... on StringBox {
                  scalar
                }
              }
            }
            """, schema: TestSchemas.boxes, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [])
    }

    @Test func sameWrappedScalarReturnTypes() throws {
        let found = try errors("""
            {
              someBox {
                ...on NonNullStringBox1 {
                  scalar
                }
                ...on NonNullStringBox2 {
                  scalar
                }
              }
            }
            """, schema: TestSchemas.boxes, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [])
    }

    @Test func inlineFragmentsWithoutTypeCondition() throws {
        let found = try errors("""
            {
              a
              ... {
                a
              }
            }
            """, schema: TestSchemas.boxes, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [])
    }

    @Test func deepTypesIncludingList() throws {
        let found = try errors("""
            {
              connection {
                ...edgeID
                edges {
                  node {
                    id: name
                  }
                }
              }
            }

            fragment edgeID on Connection {
              edges {
                node {
                  id
                }
              }
            }
            """, schema: TestSchemas.boxes, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"edges\" conflict because subfields \"node\" conflict because subfields \"id\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 5), (5, 7), (6, 9), (13, 3), (14, 5), (15, 7))])
    }

    @Test func ignoresUnknownTypes() throws {
        let found = try errors("""
            {
              someBox {
                ...on UnknownType {
                  scalar
                }
                ...on NonNullStringBox2 {
                  scalar
                }
              }
            }
            """, schema: TestSchemas.boxes, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [])
    }

    @Test func recursiveFragment() throws {
        let found = try errors("""
            {
              ...fragA
            }

            fragment fragA on Query {
              ...fragA
            }
            """, schema: TestSchemas.boxes, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [])
    }

    @Test func immediatelyRecursiveFragment() throws {
        let found = try errors("""
            {
              ...fragA
            }

            fragment fragA on Query {
              fragAField
              ...fragA
            }
            """, schema: TestSchemas.boxes, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [])
    }

    @Test func transitivelyRecursiveFragment() throws {
        let found = try errors("""
            {
              ...fragA
              fragB
            }

            fragment fragA on Query {
              fragAField
              ...fragB
            }

            fragment fragB on Query {
              fragBField
              ...fragC
            }

            fragment fragC on Query {
              fragCField
              ...fragA
            }
            """, schema: TestSchemas.boxes, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [])
    }

    @Test func invalidCaseWithImmediatelyRecursiveFragment() throws {
        let found = try errors("""
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              ...sameAliasesWithDifferentFieldTargets
              fido: name
              fido: nickname
            }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 3), (4, 3))])
    }

    @Test func typenameWithDifferentAliasesTargets() throws {
        let found = try errors("""
            {
              dog {
                __typename
                __typename: name
              }
            }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"__typename\" conflict because \"__typename\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 5))])
    }

    @Test func manyConflictsOnOneResponseName() throws {
        let found = try errors("""
            {
              dog {
                x: name
                x: nickname
                x: barks
                x: name
                x: nickname
                x: barks
                x: name
                x: nickname
                x: barks
                x: name
              }
            }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 5)),
            .init("Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (5, 5)),
            .init("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (7, 5)),
            .init("Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (8, 5)),
            .init("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (10, 5)),
            .init("Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (11, 5)),
            .init("Fields \"x\" conflict because \"nickname\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 5), (5, 5)),
            .init("Fields \"x\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 5), (6, 5)),
            .init("Fields \"x\" conflict because \"nickname\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 5), (8, 5)),
            .init("Fields \"x\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 5), (9, 5)),
            .init("Fields \"x\" conflict because \"nickname\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 5), (11, 5)),
            .init("Fields \"x\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 5), (12, 5)),
            .init("Fields \"x\" conflict because \"barks\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (5, 5), (6, 5)),
            .init("Fields \"x\" conflict because \"barks\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (5, 5), (7, 5)),
            .init("Fields \"x\" conflict because \"barks\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (5, 5), (9, 5)),
            .init("Fields \"x\" conflict because \"barks\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (5, 5), (10, 5)),
            .init("Fields \"x\" conflict because \"barks\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (5, 5), (12, 5)),
            .init("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (6, 5), (7, 5)),
            .init("Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (6, 5), (8, 5)),
            .init("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (6, 5), (10, 5)),
            .init("Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (6, 5), (11, 5)),
            .init("Fields \"x\" conflict because \"nickname\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (7, 5), (8, 5)),
            .init("Fields \"x\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (7, 5), (9, 5)),
            .init("Fields \"x\" conflict because \"nickname\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (7, 5), (11, 5)),
            .init("Fields \"x\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (7, 5), (12, 5)),
            .init("Fields \"x\" conflict because \"barks\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (8, 5), (9, 5)),
            .init("Fields \"x\" conflict because \"barks\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (8, 5), (10, 5)),
            .init("Fields \"x\" conflict because \"barks\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (8, 5), (12, 5)),
            .init("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (9, 5), (10, 5)),
            .init("Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (9, 5), (11, 5)),
            .init("Fields \"x\" conflict because \"nickname\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (10, 5), (11, 5)),
            .init("Fields \"x\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (10, 5), (12, 5)),
            .init("Fields \"x\" conflict because \"barks\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (11, 5), (12, 5))])
    }

    @Test func manyIdenticalFieldsWithOneConflict() throws {
        let found = try errors("""
            {
              dog {
                name name name name name name name name name name name
                name: nickname
                name name name name name name name name name name name
              }
            }
            """, rules: [OverlappingFieldsCanBeMergedRule.self])
        #expect(found == [.init("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 5)),
            .init("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 10), (4, 5)),
            .init("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 15), (4, 5)),
            .init("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 20), (4, 5)),
            .init("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 25), (4, 5)),
            .init("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 30), (4, 5)),
            .init("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 35), (4, 5)),
            .init("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 40), (4, 5)),
            .init("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 45), (4, 5)),
            .init("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 50), (4, 5)),
            .init("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 55), (4, 5)),
            .init("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 5), (5, 5)),
            .init("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 5), (5, 10)),
            .init("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 5), (5, 15)),
            .init("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 5), (5, 20)),
            .init("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 5), (5, 25)),
            .init("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 5), (5, 30)),
            .init("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 5), (5, 35)),
            .init("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 5), (5, 40)),
            .init("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 5), (5, 45)),
            .init("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 5), (5, 50)),
            .init("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 5), (5, 55))])
    }
}
