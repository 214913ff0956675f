import Commerce
import GraphQLCore

/// Reading coerced argument and input values (already checked against the schema's types).
extension JSONObject {
    func int(_ key: String) -> Int? {
        if case .int(let value)? = self[key] { return value }
        return nil
    }

    func string(_ key: String) -> String? {
        if case .string(let value)? = self[key] { return value }
        return nil
    }

    func bool(_ key: String) -> Bool? {
        if case .bool(let value)? = self[key] { return value }
        return nil
    }

    func object(_ key: String) -> JSONObject? {
        if case .object(let value)? = self[key] { return value }
        return nil
    }

    func list(_ key: String) -> [JSON]? {
        if case .array(let value)? = self[key] { return value }
        return nil
    }

    func strings(_ key: String) -> [String]? {
        list(key)?.compactMap { if case .string(let value) = $0 { return value } else { return nil } }
    }

    func objects(_ key: String) -> [JSONObject]? {
        list(key)?.compactMap { if case .object(let value) = $0 { return value } else { return nil } }
    }

    /// first/after/last/before.
    var pageArguments: PageArguments {
        PageArguments(first: int("first"), after: string("after"), last: int("last"), before: string("before"))
    }
}
