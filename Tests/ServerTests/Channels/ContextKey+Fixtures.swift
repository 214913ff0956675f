@testable import ConcordServer
import Commerce

extension ContextKey {
    /// The seeded store's default context (web-eu, its default country and language).
    static var webEU: ContextKey { ContextKey(.resolve(allowed: InterimSeedChannels.list, country: nil, language: nil)) }
}
