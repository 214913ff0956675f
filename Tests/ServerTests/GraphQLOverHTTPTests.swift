import ConcordServer
import GraphQLCore
import Testing
import HTTPTestSupport

@Suite struct GraphQLOverHTTPTests {
    static let typename = #"{"query":"{ __typename }"}"#

    @Test func postAnswersInTheAcceptedMediaType() async throws {
        try await withApp { port, _, _ in
            try await io {
                let client = try TestClient(port: port)
                let gql = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: Self.typename)
                #expect(gql.status == 200)
                #expect(gql.headers["Content-Type"] == "application/graphql-response+json; charset=utf-8")
                #expect(gql.text == echoed(#"{"data":{"__typename":"Query"}}"#))

                let json = try client.request("POST", "/graphql", headers: [storefront, jsonAccept, jsonBody], body: Self.typename)
                #expect(json.mediaType == "application/json")
                let none = try client.request("POST", "/graphql", headers: [storefront, jsonBody], body: Self.typename)
                #expect(none.mediaType == "application/json")
                let any = try client.request("POST", "/graphql", headers: [storefront, ("Accept", "*/*"), jsonBody], body: Self.typename)
                #expect(any.mediaType == "application/json")
                let q = try client.request("POST", "/graphql", headers: [storefront, ("Accept", "application/graphql-response+json;q=0.5, application/json"), jsonBody], body: Self.typename)
                #expect(q.mediaType == "application/json")
            }
        }
    }

    @Test func unacceptableAcceptIs406AndUnsupportedContentTypeIs415() async throws {
        try await withApp { port, engine, _ in
            try await io {
                let client = try TestClient(port: port)
                let notAcceptable = try client.request("POST", "/graphql", headers: [storefront, ("Accept", "application/xml"), jsonBody], body: Self.typename)
                #expect(notAcceptable.status == 406)
                let xml = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, ("Content-Type", "application/xml")], body: Self.typename)
                #expect(xml.status == 415)
                #expect(xml.headers["Accept-Post"] == "application/json")
                let missing = try client.request("POST", "/graphql", headers: [storefront, gqlAccept], body: Self.typename)
                #expect(missing.status == 415)
                let latin1 = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, ("Content-Type", "application/json; charset=iso-8859-1")], body: Self.typename)
                #expect(latin1.status == 415)
            }
            #expect(engine.executions.withLock { $0 }.isEmpty)
        }
    }

    @Test func getRunsQueriesAndRefusesMutationsWith405() async throws {
        try await withApp { port, engine, _ in
            try await io {
                let client = try TestClient(port: port)
                let query = try client.request("GET", "/graphql?query=%7B+__typename+%7D&operationName=&variables=&extensions=", headers: [storefront, gqlAccept])
                #expect(query.status == 200)
                #expect(query.text == echoed(#"{"data":{"__typename":"Query"}}"#))
                let mutation = try client.request("GET", "/graphql?query=mutation+%7B+__typename+%7D", headers: [storefront, gqlAccept])
                #expect(mutation.status == 405)
                #expect(mutation.headers["Allow"] == "POST")
                #expect(mutation.text == echoed(#"{"errors":[{"message":"Can only perform a mutation operation from a POST request.","extensions":{"code":"METHOD_NOT_ALLOWED"}}]}"#))
                let delete = try client.request("DELETE", "/graphql", headers: [storefront, gqlAccept])
                #expect(delete.status == 405)
                #expect(delete.headers["Allow"] == "GET, POST")
            }
            #expect(engine.executions.withLock { $0[.mutation] } == nil)
            #expect(engine.executions.withLock { $0[.query] } == 1)
        }
    }

    @Test func requestErrorsAre400WithGraphQLResponseAnd200WithJSON() async throws {
        try await withApp { port, _, _ in
            try await io {
                let client = try TestClient(port: port)
                let cases: [(body: String, code: String, message: String)] = [
                    (#"{"query":"{"}"#, "GRAPHQL_PARSE_FAILED", "Syntax Error: Expected Name, found <EOF>."),
                    (#"{"query":"{ __nonexistent }"}"#, "GRAPHQL_VALIDATION_FAILED", #"Cannot query field "__nonexistent" on type "Query"."#),
                    (#"{"query":"query C($name: String!) { a }","variables":{"name":null}}"#, "BAD_USER_INPUT", #"Variable "$name" of non-null type "String!" must not be null."#),
                    (#"{"query":"query A { a } query B { b }"}"#, "OPERATION_RESOLUTION_FAILURE", "Must provide operation name if query contains multiple operations."),
                ]
                for c in cases {
                    let strict = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: c.body)
                    #expect(strict.status == (c.code == "OPERATION_RESOLUTION_FAILURE" ? 422 : 400), "\(c.body)")
                    guard case .object(let object)? = strict.json, case .array(let errors)? = object["errors"],
                          case .object(let first)? = errors.first else {
                        Issue.record("no errors in \(strict.text)")
                        continue
                    }
                    #expect(object["data"] == nil)
                    #expect(first["message"] == .string(c.message))
                    #expect(first["extensions"] == .object(["code": .string(c.code)]))
                    let legacy = try client.request("POST", "/graphql", headers: [storefront, jsonAccept, jsonBody], body: c.body)
                    #expect(legacy.status == 200, "\(c.body)")
                    #expect(legacy.mediaType == "application/json")
                }
                let parse = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: #"{"query":"{"}"#)
                #expect(parse.text == echoed(#"{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":2}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}"#))
            }
        }
    }

    @Test func draftRuleAnswers422() async throws {
        try await withApp({ $0.statusCodes = .draft }) { port, _, _ in
            try await io {
                let client = try TestClient(port: port)
                let invalid = try client.request("POST", "/graphql", headers: [storefront, jsonAccept, jsonBody], body: #"{"query":"{ __nonexistent }"}"#)
                #expect(invalid.status == 422)
                #expect(invalid.mediaType == "application/graphql-response+json")
                let misspelt = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: #"{"qeury":"{ a }"}"#)
                #expect(misspelt.status == 422)
                let parse = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: #"{"query":"{"}"#)
                #expect(parse.status == 400)
            }
        }
    }

    @Test(arguments: [
        #"{ "not a JSON"#, #"[]"#, #"{"query":1}"#, #"{"query":["a"]}"#, #"{"query":"{ a }","operationName":false}"#,
        #"{"query":"{ a }","variables":"x"}"#, #"{"query":"{ a }","extensions":[1]}"#, #"{"qeury":"{ a }"}"#, "",
    ])
    func malformedParametersAre400(_ body: String) async throws {
        try await withApp { port, engine, _ in
            try await io {
                let client = try TestClient(port: port)
                let response = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: body)
                #expect(response.status == 400)
                #expect(response.mediaType == "application/graphql-response+json")
            }
            #expect(engine.executions.withLock { $0 }.isEmpty)
        }
    }

    @Test func nullParametersAreAbsentAndUnknownOnesIgnored() async throws {
        try await withApp { port, engine, _ in
            try await io {
                let client = try TestClient(port: port)
                let body = #"{"query":"{ __typename }","operationName":null,"variables":null,"extensions":null,"other":{"x":1}}"#
                let response = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: body)
                #expect(response.status == 200)
                let withExtensions = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody],
                                                        body: #"{"query":"{ __typename }","extensions":{"some":"value"}}"#)
                #expect(withExtensions.status == 200)
            }
            #expect(engine.executions.withLock { $0[.query] } == 2)
        }
    }

    @Test func synchronousEnginesAnswerOnTheEventLoop() async throws {
        try await withApp { port, engine, _ in
            try await io {
                let client = try TestClient(port: port)
                let response = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: #"{"query":"{ fast }"}"#)
                #expect(response.text == echoed(#"{"data":{"fast":true}}"#))
            }
            #expect(engine.synchronousExecutions.withLock { $0 } == 1)
            #expect(engine.contexts.withLock { $0 }.isEmpty)
        }
    }

    @Test func resolverErrorsGetACodeAndKeepDetailsInTheLog() async throws {
        let log = LogLines()
        try await withApp(logLines: log) { port, _, _ in
            try await io {
                let client = try TestClient(port: port)
                let response = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: #"{"query":"{ boom }"}"#)
                #expect(response.status == 200)
                #expect(response.text == echoed(#"{"errors":[{"message":"Internal server error","path":["boom"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"boom":null}}"#))
                let forbidden = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: #"{"query":"{ forbidden }"}"#)
                #expect(forbidden.text.contains(#""extensions":{"code":"FORBIDDEN"}"#))
            }
        }
        #expect(log.all.contains { $0.contains("resolver error at boom: disk /var/db full") })
        #expect(!log.all.filter { $0.hasPrefix("{") }.contains { $0.contains("disk") })
    }
}
