import GraphQLCore

/// Writes GraphQL errors as the response's `errors` entry, in graphql-js's key order
/// (`message`, `locations`, `path`, `extensions`).
enum GraphQLErrorWriter {
    /// Appends `"errors":[...]`.
    static func write(_ errors: [GraphQLError], to writer: inout JSONWriter) {
        writer.writeRaw("\"errors\":[")
        for (i, error) in errors.enumerated() {
            if i > 0 { writer.writeRaw(",") }
            writer.writeRaw("{\"message\":")
            writer.writeString(error.message)
            if !error.locations.isEmpty {
                writer.writeRaw(",\"locations\":[")
                for (j, location) in error.locations.enumerated() {
                    if j > 0 { writer.writeRaw(",") }
                    writer.writeRaw("{\"line\":")
                    writer.writeInt(location.line)
                    writer.writeRaw(",\"column\":")
                    writer.writeInt(location.column)
                    writer.writeRaw("}")
                }
                writer.writeRaw("]")
            }
            if let path = error.path {
                writer.writeRaw(",\"path\":[")
                for (j, component) in path.enumerated() {
                    if j > 0 { writer.writeRaw(",") }
                    switch component {
                    case .key(let key): writer.writeString(key)
                    case .index(let index): writer.writeInt(index)
                    }
                }
                writer.writeRaw("]")
            }
            if let extensions = error.extensions, !extensions.isEmpty {
                writer.writeRaw(",\"extensions\":")
                var object = JSONObject()
                if let code = extensions["code"] { object["code"] = code }
                for key in extensions.keys.sorted() where key != "code" { object[key] = extensions[key] }
                writer.write(.object(object))
            }
            writer.writeRaw("}")
        }
        writer.writeRaw("]")
    }

    /// The error's `extensions.code`, or nil.
    static func code(of error: GraphQLError) -> String? {
        if case .string(let code)? = error.extensions?["code"] { return code }
        return nil
    }

    /// Gives every error a code. A resolver's own error without one becomes
    /// `INTERNAL_SERVER_ERROR` with a generic message. The details an error carries for the server
    /// (its underlying description) of an internal error, a backend's failure say, go to `log`, never
    /// to the client.
    static func sanitize(_ errors: [GraphQLError], requestID: String, log: (String) -> Void) -> [GraphQLError] {
        errors.map { error in
            var error = error
            let code = code(of: error)
            if let underlying = error.underlyingDescription, code == nil || code == "INTERNAL_SERVER_ERROR" {
                log("request \(requestID): resolver error at \(error.path.map { $0.map(\.description).joined(separator: ".") } ?? "?"): \(underlying)")
                if code == nil { error.message = "Internal server error" }
            }
            error.underlyingDescription = nil
            guard code == nil else { return error }
            var extensions = error.extensions ?? [:]
            extensions["code"] = .string("INTERNAL_SERVER_ERROR")
            error.extensions = extensions
            return error
        }
    }
}
