import ConcordServer
import Testing

/// HMAC-SHA256 against RFC 4231 and the Standard Webhooks signature against the spec's published vector.
@Suite struct WebhookSignatureTests {
    private static func hex(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            bytes.append(UInt8(text[index..<next], radix: 16)!)
            index = next
        }
        return bytes
    }

    @Test(arguments: [
        // RFC 4231 test cases 1, 2, 3, 4, 6 and 7.
        ("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", Array("Hi There".utf8),
         "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        ("4a656665", Array("what do ya want for nothing?".utf8),
         "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        (String(repeating: "aa", count: 20), [UInt8](repeating: 0xdd, count: 50),
         "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
        ("0102030405060708090a0b0c0d0e0f10111213141516171819", [UInt8](repeating: 0xcd, count: 50),
         "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
        (String(repeating: "aa", count: 131), Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
         "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
        (String(repeating: "aa", count: 131),
         Array("This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.".utf8),
         "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
    ])
    func rfc4231(key: String, data: [UInt8], expected: String) {
        #expect(SHA256.hexString(HMACSHA256.authenticationCode(key: Self.hex(key), message: data)) == expected)
    }

    @Test func standardWebhooksVector() throws {
        let secret = try #require(WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
        let body = Array(#"{"test": 2432232314}"#.utf8)
        let signature = secret.signature(id: "msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp: 1614265330, body: body)
        #expect(signature == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
        #expect(WebhookSignature.verify(header: "v1,bm9ldHUK " + signature, id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
                                        timestamp: 1614265330, body: body, secrets: [secret]))
        #expect(!WebhookSignature.verify(header: signature, id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
                                         timestamp: 1614265331, body: body, secrets: [secret]))
    }

    @Test func rotationSignsWithEverySecret() throws {
        let old = try #require(WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
        let new = try #require(WebhookSecret("whsec_" + "c2Vjb25kIHNlY3JldCBvZiAzMiBieXRlcyEhISEhISE="))
        let body = Array("{}".utf8)
        let headers = Dictionary(uniqueKeysWithValues: WebhookSignature.headers(id: "msg_1", timestamp: 10, body: body, secrets: [old, new]))
        let signature = try #require(headers["webhook-signature"])
        #expect(signature.split(separator: " ").count == 2)
        #expect(WebhookSignature.verify(header: signature, id: "msg_1", timestamp: 10, body: body, secrets: [new]))
        #expect(WebhookSignature.verify(header: signature, id: "msg_1", timestamp: 10, body: body, secrets: [old]))
        #expect(WebhookSecret("whsec_!!") == nil)
        #expect(WebhookSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") == nil)
    }
}
