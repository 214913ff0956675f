import GraphQLCore

extension JSONParser {
    /// Parses JSON from outside the process (a request body or parameter, a configuration file):
    /// objects and arrays nested at most 128 deep, strings in UTF-8 only, a leading BOM skipped.
    static func parseUntrusted(_ bytes: [UInt8]) throws(ParseError) -> JSON {
        try parse(bytes: bytes, options: .strict(maxDepth: 128))
    }

    /// Parses JSON text from outside the process, as `parseUntrusted(_:)` does bytes.
    static func parseUntrusted(_ text: String) throws(ParseError) -> JSON {
        try parse(text, options: .strict(maxDepth: 128))
    }
}

extension JSONParser.ParseError {
    /// The failure as the server's messages word it: `unexpected end of JSON at offset 5`.
    var serverDescription: String {
        var message = message
        // "Unexpected end" becomes "unexpected end"; an acronym such as "JSON" stays as it is.
        if let first = message.first, first.isUppercase,
           message.dropFirst().first.map({ !$0.isUppercase }) ?? true {
            message = first.lowercased() + message.dropFirst()
        }
        return "\(message) at offset \(offset)"
    }
}
