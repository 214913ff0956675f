import ConcordServer
import Commerce
import Testing

/// `channel` and `channels` on a token in `concord.json`.
@Suite struct ChannelConfigurationTests {
    private func tokens(_ json: String) throws -> [AccessToken] {
        try ConfigurationFile.parse(Array(json.utf8)).app.tokens
    }

    @Test func aTokenIsBoundToItsChannelsHomeFirstOrToTheDefault() throws {
        let parsed = try tokens("""
            {"tokens": [{"name": "kiosk", "kind": "storefront", "token": "kiosk-token-00000001", "channel": "kiosk-berlin"},
                        {"name": "web", "kind": "storefront", "token": "web-token-000000001", "channels": ["web-uk", "web-eu"]},
                        {"name": "plain", "kind": "storefront", "token": "plain-token-0000001"}]}
            """)
        #expect(parsed.map(\.channels) == [["kiosk-berlin"], ["web-uk", "web-eu"], [Channel.defaultCode]])
    }

    @Test func badChannelKeysAreRefusedNamingTheKey() {
        let cases: [(String, String)] = [
            (#""channel": "", "#, "tokens[0].channel must not be empty"),
            (#""channel": 3, "#, "tokens[0].channel must be a string"),
            (#""channels": [], "#, "tokens[0].channels must be a non-empty array"),
            (#""channels": ["web-eu", "web-eu"], "#, "tokens[0].channels names web-eu twice"),
            (#""channel": "web-eu", "channels": ["web-uk"], "#, "tokens[0] gives both channel and channels"),
        ]
        for (keys, message) in cases {
            let json = #"{"tokens": [{"name": "t", "kind": "storefront", \#(keys)"token": "a-token-0000000001"}]}"#
            #expect { try ConfigurationFile.parse(Array(json.utf8)) } throws: { "\($0)".contains(message) }
        }
    }

    @Test func theTableRefusesUnknownChannelsAndResolvesKnownOnes() throws {
        let table = ChannelTable(InterimSeedChannels.list)
        var token = AccessToken(name: "web", kind: .storefront, token: "web-token-000000001")
        token.channels = ["web-uk", "web-eu"]
        try table.check([token])
        #expect(table.channels(for: token).map(\.code) == ["web-uk", "web-eu"])
        #expect(table.channels(for: nil).map(\.code) == [Channel.defaultCode])
        token.channels = ["atlantis"]
        #expect { try table.check([token]) } throws: { "\($0)".contains("names channel atlantis") }
    }
}
