@testable import ConcordServer
import GraphQLCore
import Commerce

extension ContextKey {
    /// The seeded store's default context (web-eu, its default country and language).
    static var webEU: ContextKey { ContextKey(.resolve(allowed: InterimSeedChannels.list, country: nil, language: nil)) }
}

/// `,"extensions":{…}` as every answer to a token of the default channel (web-eu) without `@inContext` ends.
let webEUEcho = #","extensions":{"context":{"channel":"web-eu","country":"DE","currency":"EUR","language":"EN"}}"#

/// An answer's JSON text as a token of the default channel (web-eu) gets it: `text`, an object,
/// with `extensions.context` added at its end.
func echoed(_ text: String) -> String { String(text.dropLast()) + webEUEcho + "}" }

/// `extensions.stale` of an answer's root object, if any (answers always carry `extensions.context`).
func staleExtension(_ root: JSONObject) -> JSON? {
    guard case .object(let extensions)? = root["extensions"] else { return nil }
    return extensions["stale"]
}
