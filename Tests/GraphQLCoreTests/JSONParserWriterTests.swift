import Testing
@testable import GraphQLCore

@Suite struct JSONParserWriterTests {
    private func roundTrip(_ text: String) throws -> String {
        var writer = JSONWriter()
        writer.write(try JSONParser.parse(text))
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test func keepsKeyOrderAndNumberKinds() throws {
        let value = try JSONParser.parse(#" { "z": 1, "a": [true, false, null, -0.5, 1e3, 12345678901234567890], "m": {} } "#)
        guard case .object(let object) = value else { Issue.record("not an object"); return }
        #expect(object.keys == ["z", "a", "m"])
        #expect(object["z"] == .int(1))
        #expect(object["a"] == .array([.bool(true), .bool(false), .null, .double(-0.5), .double(1000), .double(Double("12345678901234567890")!)]))
        #expect(try roundTrip(#"{"z":1,"a":[1.0,2.5e-8,1e21]}"#) == #"{"z":1,"a":[1,2.5e-8,1e+21]}"#)
    }

    /// Found by the `json` fuzzer: a number past Double's range is an infinity, written as
    /// `null`, as JavaScript's JSON.parse and JSON.stringify do (`1e400` → Infinity → "null").
    @Test func numbersPastDoublesRangeAreInfinitiesWrittenAsNull() throws {
        let huge = "5" + String(repeating: "0", count: 19) + "E" + String(repeating: "0", count: 30) + "6131875681708830376"
        #expect(try JSONParser.parse(huge) == .double(.infinity))
        #expect(try JSONParser.parse("-1e400") == .double(-.infinity))
        #expect(try roundTrip("[1e400,-1e400,1e-400]") == "[null,null,0]")
    }

    @Test func repeatedKeyKeepsFirstPlaceAndLastValue() throws {
        #expect(try roundTrip(#"{"a":1,"b":2,"a":3}"#) == #"{"a":3,"b":2}"#)
    }

    @Test func stringEscapes() throws {
        #expect(try JSONParser.parse(#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00""#) == .string("a\"b\\c/d\n\té😀"))
        #expect(try JSONParser.parse(#""\ud800x""#) == .string("\u{FFFD}x"))
        #expect(try roundTrip(#""\u0001\u001f\"\\ é""#) == #""\u0001\u001f\"\\ é""#)
    }

    @Test func errorsNameTheByteOffset() {
        #expect(throws: JSONParser.ParseError(message: "Unexpected end of JSON", offset: 5)) { try JSONParser.parse(#"{"a":"#) }
        #expect(throws: JSONParser.ParseError(message: "Expected ',' or '}' in an object", offset: 7)) { try JSONParser.parse(#"{"a":1 "b":2}"#) }
        #expect(throws: JSONParser.ParseError(message: "Unexpected data after the JSON value", offset: 2)) { try JSONParser.parse("1 2") }
        #expect(throws: JSONParser.ParseError(message: "Unescaped control character in a string", offset: 2)) { try JSONParser.parse("\"a\n\"") }
        #expect(throws: JSONParser.ParseError(message: "Expected a digit after '.'", offset: 2)) { try JSONParser.parse("1.") }
        #expect(throws: JSONParser.ParseError(message: "Unexpected character 'x'", offset: 0)) { try JSONParser.parse("x") }
    }

    @Test func nestingIsBoundedByTheOptions() throws {
        func nested(_ count: Int) -> String { String(repeating: "[", count: count) + "1" + String(repeating: "]", count: count) }
        #expect(try JSONParser.parse(nested(512)) != .null)
        #expect(throws: JSONParser.ParseError(message: "JSON nested too deeply", offset: 512)) { try JSONParser.parse(nested(513)) }
        let options = JSONParser.Options(maxDepth: 3)
        #expect(try JSONParser.parse(#"{"a":[{"b":1}]}"#, options: options) != .null)
        #expect(throws: JSONParser.ParseError(message: "JSON nested too deeply", offset: 11)) {
            try JSONParser.parse(#"{"a":[{"b":[]}]}"#, options: options)
        }
    }

    @Test func invalidUTF8IsRepairedOrRefused() throws {
        let bytes: [UInt8] = [0x5B, 0x22, 0x61, 0xFF, 0x22, 0x2C, 0x22, 0x5C, 0x6E, 0xC3, 0x22, 0x5D]  // ["a\xFF","\n\xC3"]
        #expect(try JSONParser.parse(bytes: bytes) == .array([.string("a\u{FFFD}"), .string("\n\u{FFFD}")]))
        let strict = JSONParser.Options(rejectsInvalidUTF8: true)
        #expect(throws: JSONParser.ParseError(message: "Invalid UTF-8 in a string", offset: 5)) { try JSONParser.parse(bytes: bytes, options: strict) }
        #expect(throws: JSONParser.ParseError(message: "Invalid UTF-8 in a string", offset: 10)) {
            try JSONParser.parse(bytes: [0x5B, 0x22, 0x61, 0x22] + Array(bytes[5...]), options: strict)
        }
        #expect(try JSONParser.parse(bytes: Array(#"["é","\u00e9"]"#.utf8), options: strict) == .array([.string("é"), .string("é")]))
    }

    @Test func byteOrderMarkIsSkippedOnlyWhenAsked() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(" {}".utf8)
        #expect(throws: JSONParser.ParseError(message: "Unexpected character '\u{EF}'", offset: 0)) { try JSONParser.parse(bytes: bytes) }
        #expect(try JSONParser.parse(bytes: bytes, options: JSONParser.Options(skipsByteOrderMark: true)) == .object(JSONObject()))
        #expect(JSONParser.Options.strict(maxDepth: 9) == JSONParser.Options(maxDepth: 9, rejectsInvalidUTF8: true, skipsByteOrderMark: true))
    }

    @Test func writesErrorsInGraphQLJSShape() {
        var writer = JSONWriter()
        writer.write(GraphQLError("bad \"x\"", locations: [SourceLocation(line: 2, column: 3)], path: [.key("a"), .index(0)],
                                  extensions: ["code": .string("E")]))
        #expect(String(decoding: writer.bytes, as: UTF8.self)
                == #"{"message":"bad \"x\"","locations":[{"line":2,"column":3}],"path":["a",0],"extensions":{"code":"E"}}"#)
    }

    @Test func responseEnvelope() {
        let withErrors = ExecutionResult(data: Array("{\"a\":null}".utf8), errors: [GraphQLError("e")])
        #expect(String(decoding: withErrors.json, as: UTF8.self) == #"{"errors":[{"message":"e"}],"data":{"a":null}}"#)
        #expect(String(decoding: ExecutionResult(errors: [GraphQLError("e")]).json, as: UTF8.self) == #"{"errors":[{"message":"e"}]}"#)
        #expect(ExecutionResult(data: Array("{\"a\":[1]}".utf8), errors: []).dataJSON == .object(["a": .array([.int(1)])]))
    }

    @Test func integersWrittenWithoutFoundation() {
        var writer = JSONWriter()
        for value in [0, 7, -7, 10, 1_000_000, Int.max, Int.min] {
            writer.writeInt(value)
            writer.writeByte(UInt8(ascii: " "))
        }
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "0 7 -7 10 1000000 \(Int.max) \(Int.min) ")
    }
}
