import Commerce
import GraphQLCore

extension ConfigurationFile {
    /// A token's `channel` (one code) or `channels` (codes, its home channel first): the channels it
    /// may use; `Channel.defaultCode` when it gives neither. Whether the channels exist is checked once
    /// the store's channels are known (`ChannelTable.check`).
    static func tokenChannels(_ object: JSONObject, _ path: String) throws(ServerConfigurationError) -> [String] {
        switch (object["channel"], object["channels"]) {
        case (nil, nil):
            return [Channel.defaultCode]
        case (let single?, nil):
            let code = try string(single, "\(path).channel")
            guard !code.isEmpty else { throw ServerConfigurationError("\(path).channel must not be empty") }
            return [code]
        case (nil, let list?):
            guard case .array(let items) = list, !items.isEmpty else {
                throw ServerConfigurationError("\(path).channels must be a non-empty array of channel codes (the first is the token's home)")
            }
            var codes: [String] = []
            for (i, item) in items.enumerated() {
                let code = try string(item, "\(path).channels[\(i)]")
                guard !code.isEmpty else { throw ServerConfigurationError("\(path).channels[\(i)] must not be empty") }
                guard !codes.contains(code) else { throw ServerConfigurationError("\(path).channels names \(code) twice") }
                codes.append(code)
            }
            return codes
        case (_?, _?):
            throw ServerConfigurationError("\(path) gives both channel and channels; give one")
        }
    }
}
