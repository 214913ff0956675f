/// The two media types a GraphQL response can be sent as, and how the client's Accept picks one.
public enum ResponseMediaType: String, Sendable {
    /// `application/graphql-response+json`: status codes tell request errors apart.
    case graphQLResponse = "application/graphql-response+json"
    /// `application/json`: the legacy type; request errors are 200 with `errors`.
    case json = "application/json"

    /// The Content-Type header value, with its charset.
    public var contentType: String { rawValue + "; charset=utf-8" }

    /// Picks the response type for an Accept header (RFC 9110 §12.5.1): the highest q-value wins;
    /// for equal q the more specific range wins, and a wildcard tie goes to `application/json`
    /// (what legacy clients expect), an explicit tie to the GraphQL type. No header means JSON;
    /// nil means nothing acceptable (406).
    public static func negotiate(_ accept: String?) -> ResponseMediaType? {
        guard let accept, accept.contains(where: { $0 != " " && $0 != "\t" }) else { return .json }
        var ranges: [(essence: String, q: Double)] = []
        for range in MediaType.list(accept) {
            var q = range.parameter("q").flatMap(Double.init) ?? 1
            if range.parameter("q") != nil && Double(range.parameter("q")!) == nil { q = 0 }
            if let charset = range.parameter("charset"), !["utf-8", "utf8"].contains(charset.lowercased()) { q = 0 }
            ranges.append((range.essence, q))
        }
        var best: (key: (Double, Int, Int), type: ResponseMediaType)?
        for candidate in [ResponseMediaType.graphQLResponse, .json] {
            var specificity = -1, q = 0.0
            for range in ranges {
                let level: Int
                if range.essence == candidate.rawValue { level = 2 }
                else if range.essence == "application/*" { level = 1 }
                else if range.essence == "*/*" { level = 0 }
                else { continue }
                if level > specificity { (specificity, q) = (level, range.q) }
            }
            guard specificity >= 0, q > 0 else { continue }
            let preferred = (candidate == .graphQLResponse) == (specificity == 2) ? 1 : 0
            let key = (q, specificity, preferred)
            if best == nil || key > best!.key { best = (key, candidate) }
        }
        return best?.type
    }
}
