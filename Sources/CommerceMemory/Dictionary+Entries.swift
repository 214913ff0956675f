extension Dictionary {
    /// The entries whose keys are among `keys`; keys with no entry are absent (a batch lookup).
    func entries(for keys: some Sequence<Key>) -> [Key: Value] {
        var result: [Key: Value] = [:]
        for key in keys { if let value = self[key] { result[key] = value } }
        return result
    }
}
