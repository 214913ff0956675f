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
    /// `INTERNAL_SERVER_ERROR` with a generic message; its details go to `log` instead.
    static func sanitize(_ errors: [GraphQLError], requestID: String, log: (String) -> Void) -> [GraphQLError] {
        errors.map { error in
            guard code(of: error) == nil else { return error }
            var error = error
            var extensions = error.extensions ?? [:]
            if let underlying = error.underlyingDescription {
                log("request \(requestID): resolver error at \(error.path.map { $0.map(\.description).joined(separator: ".") } ?? "?"): \(underlying)")
                error.message = "Internal server error"
                error.underlyingDescription = nil
                extensions["code"] = .string("INTERNAL_SERVER_ERROR")
            } else {
                extensions["code"] = .string("INTERNAL_SERVER_ERROR")
            }
            error.extensions = extensions
            return error
        }
    }
}
