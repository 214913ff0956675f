import Testing
@testable import GraphQLCore
@Test func zzProbe() throws {
    let q1 = "{ dog { " + String(repeating: "mother { name father { nickname } } ", count: 3_000) + "} }"
    var q2 = "{ dog { " + (0..<300).map { "...F\($0) " }.joined() + "} }\n"
    for index in 0..<300 { q2 += "fragment F\(index) on Dog { name barks mother { name } }\n" }
    let clock = ContinuousClock()
    for q in [q1, q2] {
        var doc: DocumentNode!
        let p = try clock.measure { doc = try parse(q) }
        for rule in [OverlappingFieldsCanBeMergedRule.self, ValuesOfCorrectTypeRule.self] as [any ValidationRule.Type] {
            let v = clock.measure { _ = validate(schema: TestSchemas.pets, document: doc, rules: [rule]) }
            print("PROBE parse \(p) \(rule) \(v)")
        }
        let v = clock.measure { _ = validate(schema: TestSchemas.pets, document: doc, rules: []) }
        print("PROBE walk only \(v)")
    }
}
