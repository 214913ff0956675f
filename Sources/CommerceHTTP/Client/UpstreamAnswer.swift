import Foundation

/// A successful answer of an upstream: the JSON body and its cache lifetimes.
struct UpstreamAnswer: Sendable {
    var body: [UInt8]
    /// `Cache-Control: max-age`, seconds (0 without one).
    var maxAge: Double
    /// `Cache-Control: stale-if-error`, seconds (0 without one).
    var staleIfError: Double

    /// Reads the two lifetimes from a `Cache-Control` value.
    static func lifetimes(_ cacheControl: String?) -> (maxAge: Double, staleIfError: Double) {
        var maxAge = 0.0, stale = 0.0
        for part in (cacheControl ?? "").split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard pair.count == 2, let seconds = Double(pair[1]), seconds >= 0 else {
                if pair.first == "no-store" || pair.first == "no-cache" { (maxAge, stale) = (0, 0) }
                continue
            }
            if pair[0] == "max-age" { maxAge = seconds } else if pair[0] == "stale-if-error" { stale = seconds }
        }
        return (maxAge, stale)
    }
}
