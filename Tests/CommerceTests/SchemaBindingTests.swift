import GraphQLCore
import Testing
@testable import Commerce

@Suite("schema.graphql and its bindings")
struct SchemaBindingTests {
    @Test("the schema is valid and every field of every object type has a resolver")
    func everyFieldBound() throws {
        let schema = GraphQLHarness.schema
        #expect(validateSchema(schema).isEmpty)
        var unbound: [String] = []
        for type in schema.types where !type.name.hasPrefix("__") {
            let name = type.name
            guard let object = type as? GraphQLObjectType else { continue }
            for field in object.fieldMap ?? FieldMap() where field.resolver == nil { unbound.append("\(name).\(field.name)") }
        }
        #expect(unbound.sorted() == [])
    }

    @Test("every type, field, argument and enum value is described")
    func described() throws {
        var missing: [String] = []
        for type in GraphQLHarness.schema.types where !type.name.hasPrefix("__") && !["String", "Int", "Float", "Boolean", "ID"].contains(type.name) {
            let name = type.name
            if type.description?.isEmpty ?? true { missing.append(name) }
            for field in type.fieldMap ?? FieldMap() {
                if field.description?.isEmpty ?? true { missing.append("\(name).\(field.name)") }
                for argument in field.arguments where argument.description?.isEmpty ?? true { missing.append("\(name).\(field.name)(\(argument.name))") }
            }
            if let enumType = type as? GraphQLEnumType {
                for value in enumType.values where value.description?.isEmpty ?? true { missing.append("\(name).\(value.name)") }
            }
            if let input = type as? GraphQLInputObjectType {
                for field in input.fields where field.description?.isEmpty ?? true { missing.append("\(name).\(field.name)") }
            }
        }
        #expect(missing == [])
    }

    @Test("the types implementing ContentModule, and ContentModuleInput's kinds, are ContentModule.Kind's")
    func contentModuleKinds() throws {
        let schema = GraphQLHarness.schema
        let interface = try #require(schema.type(named: "ContentModule") as? GraphQLInterfaceType)
        let implementations = schema.implementations(of: interface).objects.map(\.name)
        #expect(implementations.sorted() == ContentModule.Kind.allCases.map(\.typeName).sorted())
        #expect(schema.possibleTypes(of: interface).count == ContentModule.Kind.allCases.count)
        let input = try #require(schema.type(named: "ContentModuleInput") as? GraphQLInputObjectType)
        let kindFields = input.fields.map(\.name).filter { !["id", "position", "locale"].contains($0) }
        #expect(kindFields == ContentModule.Kind.allCases.map(\.inputField))
        for kind in ContentModule.Kind.allCases {
            #expect(schema.type(named: kind.typeName + "Input") is GraphQLInputObjectType, "no \(kind.typeName)Input")
        }
    }

    @Test("the Decimal scalar refuses what is not a decimal, with a located error")
    func decimalInput() async throws {
        let fixture = try await Fixture.empty(.memory)
        let response = try await GraphQLHarness.run(#"mutation { productUpsert(input: {handle: "x", variants: [{price: 1.5}]}) { userErrors { code } } }"#,
                                                    store: fixture.admin())
        #expect(response["errors.0"] != nil)
    }
}
