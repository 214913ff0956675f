/// A JSON value: the engine's representation of variables, coerced argument values,
/// serialized leaf values, and JSON root values read by the default resolver.
///
/// Objects keep their keys in insertion order (`JSONObject`), because GraphQL input objects
/// and responses are ordered.
public enum JSON: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integral number.
    case int(Int)
    /// A number with a fraction or exponent.
    case double(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSON])
    /// An object, keys in order.
    case object(JSONObject)

    /// Whether this is `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

/// A JSON object that remembers the order of its keys and looks keys up by hash, or by
/// position when the caller knows where the key was in an object of the same shape.
///
/// Its entries live in one copy-on-write storage object, so copying an object (as binding it
/// out of a `JSON` value does) costs one reference count, not one per array.
public struct JSONObject: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    private var storage: JSONObjectStorage

    /// An empty object.
    public init() { storage = JSONObjectStorage.empty }

    /// An object from key-value pairs, in order; a repeated key keeps its last value.
    public init(_ pairs: [(String, JSON)]) {
        storage = JSONObjectStorage(capacity: pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    /// An object from a literal.
    public init(dictionaryLiteral elements: (String, JSON)...) {
        self.init(elements)
    }

    /// The keys, in order.
    public var keys: [String] { storage.keys }

    /// The number of entries.
    public var count: Int { storage.keys.count }

    /// Whether there are no entries.
    public var isEmpty: Bool { storage.keys.isEmpty }

    /// The value under `key`; setting `nil` removes the key.
    public subscript(key: String) -> JSON? {
        get { storage.positions[key].map { storage.values[$0] } }
        set {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            storage.set(key, newValue)
        }
    }

    /// The value under `key`, looked for first at position `hint` (where the key was in an
    /// object of the same shape: a key comparison, no hashing), then by hash. `hint` becomes
    /// the key's position when it is found elsewhere.
    @inline(__always)
    func value(forKey key: String, hint: inout Int) -> JSON? {
        let storage = self.storage
        if hint < storage.keys.count, storage.keys[hint] == key { return storage.values[hint] }
        guard let position = storage.positions[key] else { return nil }
        hint = position
        return storage.values[position]
    }

    /// The entries in order.
    public func makeIterator() -> AnyIterator<(key: String, value: JSON)> {
        var index = 0
        let storage = self.storage
        return AnyIterator {
            guard index < storage.keys.count else { return nil }
            defer { index += 1 }
            return (storage.keys[index], storage.values[index])
        }
    }

    /// Two objects are equal when they hold the same entries in the same order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.storage === rhs.storage || (lhs.storage.keys == rhs.storage.keys && lhs.storage.values == rhs.storage.values)
    }

    /// Hashes the entries in order.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.keys)
        hasher.combine(storage.values)
    }
}

/// The entries of a `JSONObject`: keys and values in order, and each key's position. Shared
/// between copies until one of them writes (`JSONObject` copies it first unless it holds the
/// only reference), so it is never written while shared.
// unchecked: copy-on-write: never written while another JSONObject shares it.
final class JSONObjectStorage: @unchecked Sendable {
    /// The storage of every empty object until it is written.
    static let empty = JSONObjectStorage(capacity: 0)

    @exclusivity(unchecked) private(set) var keys: [String] = []
    @exclusivity(unchecked) private(set) var values: [JSON] = []
    @exclusivity(unchecked) private(set) var positions: [String: Int] = [:]

    init(capacity: Int) {
        guard capacity > 0 else { return }
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
        positions.reserveCapacity(capacity)
    }

    private init(keys: [String], values: [JSON], positions: [String: Int]) {
        self.keys = keys
        self.values = values
        self.positions = positions
    }

    /// A copy to write to.
    func copy() -> JSONObjectStorage {
        JSONObjectStorage(keys: keys, values: values, positions: positions)
    }

    /// Sets or (with `nil`) removes the value under `key`; a new key goes last.
    func set(_ key: String, _ value: JSON?) {
        if let value {
            if let position = positions[key] {
                values[position] = value
            } else {
                positions[key] = keys.count
                keys.append(key)
                values.append(value)
            }
        } else if let position = positions.removeValue(forKey: key) {
            keys.remove(at: position)
            values.remove(at: position)
            for index in position..<keys.count { positions[keys[index]] = index }
        }
    }
}
