import Testing
@testable import GraphQLCore

@Suite struct KnownArgumentNamesRuleTests {
    private func errors(_ document: String) -> [String] {
        validationErrors(document, rule: KnownArgumentNamesRule.self)
    }

    @Test func definedArgumentsOfFieldsAndDirectives() {
        #expect(errors("""
        query Q @cache(maxAge: 1, scope: PRIVATE) { product(id: 1, handle: "x") { variants(first: 1, after: "a") { id } images(sizes: [SMALL], crop: true) { url(width: 1, height: 2) } } echo(int: 1, float: 1.5, filter: {tag: "x", unknownInputField: 1}) shopName @include(if: true) }
        """) == [])
    }

    @Test func unknownArgumentsWithSuggestions() {
        #expect(errors("""
        query Q @cache(maxAge: 1, scop: PRIVATE) { product(id: 1, handel: "x") { variants(frist: 1, xyz: 2) { id } } shopName @include(iff: true) @skip(if: true, unless: false) }
        """) == [
            "Unknown argument \"scop\" on directive \"@cache\". Did you mean \"scope\"? (1:27)",
            "Unknown argument \"handel\" on field \"Query.product\". Did you mean \"handle\"? (1:59)",
            "Unknown argument \"frist\" on field \"Product.variants\". Did you mean \"first\"? (1:83)",
            "Unknown argument \"xyz\" on field \"Product.variants\". (1:93)",
            "Unknown argument \"iff\" on directive \"@include\". Did you mean \"if\"? (1:128)",
            "Unknown argument \"unless\" on directive \"@skip\". (1:155)",
        ])
    }

    @Test func unknownFieldsAreLeftToFieldsOnCorrectType() {
        #expect(errors("""
        { nope(a: 1) product { nope(b: 2) } node(id: 1) { ... on Product { related(limit: 1, filterr: {}) { id } } } __type(name: "X", kind: 1) { name } }
        """) == [
            "Unknown argument \"filterr\" on field \"Product.related\". Did you mean \"filter\"? (1:86)",
            "Unknown argument \"kind\" on field \"Query.__type\". (1:128)",
        ])
    }

    @Test func unknownDirectivesAreLeftToKnownDirectives() {
        #expect(errors("{ shopName @unknown(a: 1) product { id @skip(if: true, limit: 1) } }") == [
            "Unknown argument \"limit\" on directive \"@skip\". (1:56)",
        ])
    }

    @Test func directivesDefinedInTheDocumentAndTypeSystemDirectives() {
        #expect(errors("""
        { shopName @myDirective(aa: 1, b: 2) }
        directive @myDirective(a: Int) on FIELD
        type T @onObject(x: 1) { f: Int @deprecated(reason: "x", why: "y") }
        directive @onObject on OBJECT
        """) == [
            "Unknown argument \"aa\" on directive \"@myDirective\". Did you mean \"a\"? (1:25)",
            "Unknown argument \"b\" on directive \"@myDirective\". Did you mean \"a\"? (1:32)",
            "Unknown argument \"x\" on directive \"@onObject\". (3:18)",
            "Unknown argument \"why\" on directive \"@deprecated\". (3:58)",
        ])
    }
}
