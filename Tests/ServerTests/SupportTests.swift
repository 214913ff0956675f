@testable import ConcordServer
import GraphQLCore
import Testing

@Suite struct SupportTests {
    @Test func jsonReaderKeepsOrderAndTypes() throws {
        let value = try JSONTextReader.parse(#" {"b":1,"a":[true,false,null,-2.5e1,"x\u00e9\ud83c\udfc3\n"],"c":{}} "#)
        guard case .object(let object) = value else {
            Issue.record("not an object")
            return
        }
        #expect(object.keys == ["b", "a", "c"])
        #expect(object["b"] == .int(1))
        #expect(object["a"] == .array([.bool(true), .bool(false), .null, .double(-25), .string("xé🏃\n")]))
        #expect(object["c"] == .object(JSONObject()))
    }

    @Test(arguments: [#"{"a":}"#, #"[1,]"#, #"01"#, #"{"a":1}x"#, #""\x""#, "\"a\nb\"", #"{'a':1}"#, "-", "1.", ""])
    func jsonReaderRejects(_ text: String) {
        #expect(throws: JSONTextReader.Failure.self) { try JSONTextReader.parse(text) }
    }

    @Test func jsonReaderBoundsNesting() {
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(throws: JSONTextReader.Failure(message: "JSON nested too deeply", offset: 128)) { try JSONTextReader.parse(deep) }
    }

    @Test func acceptNegotiation() {
        #expect(ResponseMediaType.negotiate(nil) == .json)
        #expect(ResponseMediaType.negotiate("application/graphql-response+json, application/json;q=0.9") == .graphQLResponse)
        #expect(ResponseMediaType.negotiate("application/graphql-response+json;q=0.5, application/json") == .json)
        #expect(ResponseMediaType.negotiate("*/*") == .json)
        #expect(ResponseMediaType.negotiate("application/*") == .json)
        #expect(ResponseMediaType.negotiate("application/xml") == nil)
        #expect(ResponseMediaType.negotiate("application/json;q=0") == nil)
        #expect(ResponseMediaType.negotiate("application/json; charset=latin1") == nil)
        #expect(ResponseMediaType.negotiate("application/graphql-response+json, */*;q=0.1") == .graphQLResponse)
    }
}
