@testable import ConcordServer
import GraphQLCore
import Testing

@Suite struct SupportTests {
    @Test func jsonReaderKeepsOrderAndTypes() throws {
        let value = try JSONParser.parseUntrusted(#" {"b":1,"a":[true,false,null,-2.5e1,"x\u00e9\ud83c\udfc3\n"],"c":{}} "#)
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
        #expect(throws: JSONParser.ParseError.self) { try JSONParser.parseUntrusted(text) }
    }

    @Test func jsonReaderBoundsNesting() throws {
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(throws: JSONParser.ParseError(message: "JSON nested too deeply", offset: 128)) { try JSONParser.parseUntrusted(deep) }
        let limit = String(repeating: "[", count: 128) + "1" + String(repeating: "]", count: 128)
        #expect(try JSONParser.parseUntrusted(limit) != .null)
    }

    @Test func badJSONMessagesNameTheOffset() {
        #expect(throws: RequestProblem(.malformedJSON, "the request body is not valid JSON: unexpected end of JSON at offset 5")) {
            try GraphQLParameters.fromJSONBody(Array(#"{"a":"#.utf8))
        }
        #expect(throws: RequestProblem(.malformedJSON, "the request body is not valid JSON: JSON nested too deeply at offset 128")) {
            try GraphQLParameters.fromJSONBody(Array((String(repeating: "[", count: 200) + String(repeating: "]", count: 200)).utf8))
        }
        #expect(throws: RequestProblem(.malformedJSON, "the request body is not valid JSON: invalid UTF-8 in a string at offset 13")) {
            try GraphQLParameters.fromJSONBody(Array(#"{"query":""#.utf8) + [0xFF, 0x7D] + Array(#""}"#.utf8))
        }
        #expect(throws: RequestProblem(.malformedJSON, "variables is not valid JSON: expected a string key at offset 1")) {
            try GraphQLParameters.fromQueryItems([("query", "{ a }"), ("variables", "{")])
        }
        do throws(ServerConfigurationError) {
            _ = try ConfigurationFile.parse(Array("{} x".utf8))
            Issue.record("accepted {} x")
        } catch {
            #expect(error.description == "not JSON: unexpected data after the JSON value at offset 3")
        }
    }

    @Test func requestBodyMayStartWithAByteOrderMark() throws {
        let parameters = try GraphQLParameters.fromJSONBody([0xEF, 0xBB, 0xBF] + Array(#"{"query":"{ a }"}"#.utf8))
        #expect(parameters.query == "{ a }")
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
