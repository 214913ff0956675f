import Foundation

/// Splits text into search tokens the way SQLite's FTS5 `unicode61 remove_diacritics 2` tokenizer does:
/// runs of letters and digits, lowercased, without diacritics. Both backends match with it.
public enum SearchTokenizer {
    /// The tokens of `text`.
    public static func tokens(_ text: String) -> [String] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        var tokens: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }
}
