import Commerce

/// The context part of every cache of answers (the response cache, the GET ETag): it can only be
/// made from a request's resolved `StorefrontContext`, so an answer cache cannot be keyed without
/// one (`AnswerCacheLintTests` checks that every cache of answers in Sources takes it).
public struct ContextKey: Hashable, Sendable {
    /// The context, whole: channel (with its currency and stock locations), country, language chain.
    let context: StorefrontContext

    /// The key of answers made in `context`.
    public init(_ context: StorefrontContext) {
        self.context = context
    }

    /// The bytes the key holds, for cache budgets.
    var bytes: Int {
        let channel = context.channel
        return 64 + channel.code.utf8.count + context.country.utf8.count + context.languages.reduce(0) { $0 + $1.utf8.count }
            + channel.stockLocations.reduce(0) { $0 + $1.utf8.count }
    }

    /// The key's text, for hashing into an ETag.
    var text: String {
        let c = context
        return [c.channel.code, c.currency.rawValue, c.country, c.languages.joined(separator: ","),
                c.channel.stockLocations.joined(separator: ",")].joined(separator: "|")
    }
}
