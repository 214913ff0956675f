import ConcordServer
import GraphQLCore
import Testing
import HTTPTestSupport

@Suite struct PersistedQueryTests {
    static let query = "{ __typename }"
    static let hash = SHA256.hex(query)

    @Test func unknownHashThenRegistrationThenHashAlone() async throws {
        try await withApp { port, _, _ in
            try await io {
                let client = try TestClient(port: port)
                let extensions = #"{"persistedQuery":{"version":1,"sha256Hash":"\#(Self.hash)"}}"#
                let unknown = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody], body: #"{"extensions":\#(extensions)}"#)
                #expect(unknown.status == 200)
                #expect(unknown.text == echoed(#"{"errors":[{"message":"PersistedQueryNotFound","extensions":{"code":"PERSISTED_QUERY_NOT_FOUND"}}]}"#))

                let register = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody],
                                                  body: #"{"query":"\#(Self.query)","extensions":\#(extensions)}"#)
                #expect(register.text == echoed(#"{"data":{"__typename":"Query"}}"#))

                let known = try client.request("GET", "/graphql?extensions=\(Self.percentEncoded(extensions))", headers: [storefront, gqlAccept])
                #expect(known.status == 200)
                #expect(known.text == echoed(#"{"data":{"__typename":"Query"}}"#))
            }
        }
    }

    @Test func hashMismatchIsAnError() async throws {
        try await withApp { port, _, _ in
            try await io {
                let client = try TestClient(port: port)
                let wrong = String(repeating: "0", count: 64)
                let response = try client.request("POST", "/graphql", headers: [storefront, gqlAccept, jsonBody],
                                                  body: #"{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"\#(wrong)"}}}"#)
                #expect(response.status == 400)
                #expect(response.text == echoed(#"{"errors":[{"message":"provided sha does not match query","extensions":{"code":"BAD_REQUEST"}}]}"#))
            }
        }
    }

    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    static func percentEncoded(_ text: String) -> String {
        text.utf8.map { byte -> String in
            let c = Character(Unicode.Scalar(byte))
            return c.isLetter || c.isNumber ? String(c) : "%" + String(byte, radix: 16, uppercase: true).leftPadded
        }.joined()
    }
}

private extension String {
    var leftPadded: String { count == 1 ? "0" + self : self }
}
