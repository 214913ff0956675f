/// Parses the `products(query:)` search string.
///
/// Grammar (whitespace separates terms; all terms must hold):
///     query : term*
///     term  : word | field ':' value
///     field : 'tag' | 'vendor' | 'product_type' | 'available'
///     value : bareword | '"' chars '"'
/// A word matches as a prefix of a token in the title, description or tags.
public enum ProductQueryParser {
    /// The longest query accepted.
    public static let maximumLength = 1000

    /// The filter for `query`, or a clear error naming what is wrong.
    public static func parse(_ query: String) throws(CommerceError) -> ProductFilter {
        guard query.utf8.count <= maximumLength else {
            throw .badRequest("The search query is \(query.utf8.count) bytes long, over the limit of \(maximumLength).")
        }
        var filter = ProductFilter()
        for (field, value) in try split(query) {
            guard let field else {
                filter.terms += SearchTokenizer.tokens(value)
                continue
            }
            switch field {
            case "tag": filter.tags.append(value.lowercased())
            case "vendor": filter.vendors.append(value.lowercased())
            case "product_type": filter.productTypes.append(value.lowercased())
            case "available":
                switch value.lowercased() {
                case "true": filter.available = true
                case "false": filter.available = false
                default: throw .badRequest("available: takes true or false, not \"\(value)\".")
                }
            default:
                throw .badRequest("Unknown search field \"\(field)\"; use tag:, vendor:, product_type: or available:.")
            }
        }
        return filter
    }

    /// The words of a collection search.
    public static func terms(_ query: String) throws(CommerceError) -> [String] {
        guard query.utf8.count <= maximumLength else {
            throw .badRequest("The search query is \(query.utf8.count) bytes long, over the limit of \(maximumLength).")
        }
        return SearchTokenizer.tokens(query)
    }

    /// Splits the query into (field, value) terms; field is nil for plain words.
    static func split(_ query: String) throws(CommerceError) -> [(String?, String)] {
        var terms: [(String?, String)] = []
        var scalars = Array(query.unicodeScalars)[...]
        while let first = scalars.first {
            if first.properties.isWhitespace { scalars = scalars.dropFirst(); continue }
            var token = ""
            var field: String?
            while let scalar = scalars.first, !scalar.properties.isWhitespace {
                if scalar == ":" && field == nil && !token.isEmpty {
                    field = token.lowercased()
                    token = ""
                    scalars = scalars.dropFirst()
                    if scalars.first == "\"" {
                        scalars = scalars.dropFirst()
                        guard let close = scalars.firstIndex(of: "\"") else {
                            throw .badRequest("Unterminated quote in the search query after \(field!):.")
                        }
                        token = String(String.UnicodeScalarView(scalars[..<close]))
                        scalars = scalars[scalars.index(after: close)...]
                        break
                    }
                    continue
                }
                token.unicodeScalars.append(scalar)
                scalars = scalars.dropFirst()
            }
            if let field, token.isEmpty {
                throw .badRequest("The search field \(field): has no value.")
            }
            terms.append((field, token))
        }
        return terms
    }
}
