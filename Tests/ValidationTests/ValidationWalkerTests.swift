import Testing
@testable import GraphQLCore

// The walker and TypeInfo: what a rule sees at each node, and skipping.
@Suite struct ValidationWalkerTests {
    /// Writes down what TypeInfo says at each node.
    private final class TypeInfoRecorder: ValidationRule {
        var log: [String] = []
        init(context: ValidationContext) {}

        func enterField(_ node: FieldNode, context: ValidationContext) {
            log.append("field \(context.parentType?.name ?? "-").\(node.name.value): \(context.type.map { "\($0)" } ?? "-")")
        }
        func enterArgument(_ node: ArgumentNode, context: ValidationContext) {
            let defaultValue = context.defaultValue.map { " = \($0.inspected)" } ?? ""
            log.append("argument \(node.name.value): \(context.inputType.map { "\($0)" } ?? "-")\(defaultValue)")
        }
        func enterObjectField(_ node: ObjectFieldNode, context: ValidationContext) {
            let defaultValue = context.defaultValue.map { " = \($0.inspected)" } ?? ""
            log.append("input field \(node.name.value): \(context.inputType.map { "\($0)" } ?? "-")\(defaultValue) in \(context.parentInputType.map { "\($0)" } ?? "-")")
        }
        func enterValue(_ node: ValueNode, context: ValidationContext) {
            switch node.kind {
            case .list: log.append("list of \(context.inputType.map { "\($0)" } ?? "-")")
            case .enumValue(let name): log.append("enum \(name): \(context.enumValue?.name ?? "-")")
            case .variable(let name): log.append("variable $\(name): \(context.inputType.map { "\($0)" } ?? "-")")
            default: break
            }
        }
        func enterDirective(_ node: DirectiveNode, context: ValidationContext) {
            log.append("directive @\(node.name.value) on \(context.directiveLocation?.rawValue ?? "-"): \(context.directive?.name ?? "-")")
        }
        func enterInlineFragment(_ node: InlineFragmentNode, context: ValidationContext) {
            log.append("inline fragment: \(context.type.map { "\($0)" } ?? "-") in \(context.parentType?.name ?? "-")")
        }
    }

    private func record(_ source: String) throws -> [String] {
        var recorder: TypeInfoRecorder?
        _ = validate(schema: Harness.schema, document: try parse(source)) { context in
            let rule = TypeInfoRecorder(context: context)
            recorder = rule
            return [rule]
        }
        return recorder?.log ?? []
    }

    @Test func typeInfoAtFieldsFragmentsArgumentsAndValues() throws {
        #expect(try record("""
        query Q($f: ProductFilter = {available: false}) @cache(maxAge: 1) {
          products(filter: {priceRange: {min: "1"}, vendorNames: ["a"], matrix: [[1]]}, sortKey: PRICE) {
            images(sizes: [SMALL, HUGE]) { url }
            ... on Merchandise { price { amount } }
            ... { nope }
          }
          echo(filter: $f, list: [$x])
        }
        """) == [
            "input field available: Boolean = true in ProductFilter",
            "directive @cache on QUERY: cache",
            "argument maxAge: Int!",
            "field Query.products: [Product!]!",
            "argument filter: ProductFilter",
            "input field priceRange: PriceRange in ProductFilter",
            "input field min: Decimal! in PriceRange",
            "input field vendorNames: [String!] in ProductFilter",
            "list of String!",
            "input field matrix: [[Int]] in ProductFilter",
            "list of [Int]",
            "list of Int",
            "argument sortKey: ProductSortKey = \"TITLE\"",
            "enum PRICE: PRICE",
            "field Product.images: [Image]",
            "argument sizes: [ImageSize!]",
            "list of ImageSize!",
            "enum SMALL: SMALL",
            "enum HUGE: -",
            "field Image.url: String!",
            "inline fragment: Merchandise in Product",
            "field Merchandise.price: Money",
            "field Money.amount: Decimal!",
            "inline fragment: Product in Product",
            "field Product.nope: -",
            "field Query.echo: String",
            "argument filter: ProductFilter",
            "variable $f: ProductFilter",
            "argument list: [Int]",
            "list of Int",
            "variable $x: Int",
        ])
    }

    // graphql-js looks an argument of an unknown directive up on the field.
    @Test func argumentsOfUnknownDirectivesAndFields() throws {
        #expect(try record("{ product(id: 1) @nope(id: 2) { nope(a: 1) } }") == [
            "field Query.product: Product",
            "argument id: ID",
            "directive @nope on FIELD: -",
            "argument id: ID",
            "field Product.nope: -",
            "argument a: -",
        ])
    }

    /// Skips the children of fields named `product`, writing down what it sees.
    private final class SkippingRule: ValidationRule {
        var log: [String] = []
        init(context: ValidationContext) {}
        static var visits: ValidationNodeKinds { [.field, .argument] }

        func enterField(_ node: FieldNode, context: ValidationContext) {
            log.append("enter \(node.name.value)")
            if node.name.value == "product" { context.skipChildren() }
        }
        func leaveField(_ node: FieldNode, context: ValidationContext) { log.append("leave \(node.name.value)") }
        func enterArgument(_ node: ArgumentNode, context: ValidationContext) { log.append("argument \(node.name.value)") }
        func enterSelectionSet(_ node: SelectionSetNode, context: ValidationContext) { log.append("selection set") }
    }

    @Test func skippingChildrenAndVisitedKinds() throws {
        var rules: [SkippingRule] = []
        _ = validate(schema: Harness.schema, document: try parse("{ product(id: 1) { id vendor { name } } cart(id: 2) { id } }")) { context in
            rules = [SkippingRule(context: context), SkippingRule(context: context)]
            return rules
        }
        // Selection sets are not among the visited kinds; the skipped field's leave is not called.
        let expected = ["enter product", "enter cart", "argument id", "enter id", "leave id", "leave cart"]
        #expect(rules.map(\.log) == [expected, expected])
    }
}
