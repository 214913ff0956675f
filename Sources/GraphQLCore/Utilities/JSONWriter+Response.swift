/// The writer's operations for responses: raw bytes, rewinding a value that turned null,
/// and GraphQL errors in graphql-js's shape.
extension JSONWriter {
    /// The number of bytes written.
    @inlinable public var count: Int { bytes.count }

    /// Appends one byte of JSON punctuation.
    @inlinable public mutating func writeByte(_ byte: UInt8) { bytes.append(byte) }

    /// Appends bytes that are already JSON.
    @inlinable public mutating func writeBytes(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }

    /// Appends `null`.
    @inlinable public mutating func writeNull() { writeRaw("null") }

    /// Drops everything written from `offset` on (a value that became null).
    @inlinable public mutating func rewind(to offset: Int) { bytes.removeSubrange(offset...) }

    /// Appends an error as graphql-js formats it: `message`, then `locations`, `path` and
    /// `extensions` when present.
    public mutating func write(_ error: GraphQLError) {
        writeRaw("{\"message\":")
        writeString(error.message)
        if !error.locations.isEmpty {
            writeRaw(",\"locations\":[")
            for (index, location) in error.locations.enumerated() {
                if index > 0 { writeByte(UInt8(ascii: ",")) }
                writeRaw("{\"line\":")
                writeInt(location.line)
                writeRaw(",\"column\":")
                writeInt(location.column)
                writeByte(UInt8(ascii: "}"))
            }
            writeByte(UInt8(ascii: "]"))
        }
        if let path = error.path {
            writeRaw(",\"path\":[")
            for (index, component) in path.enumerated() {
                if index > 0 { writeByte(UInt8(ascii: ",")) }
                switch component {
                case .key(let key): writeString(key)
                case .index(let position): writeInt(position)
                }
            }
            writeByte(UInt8(ascii: "]"))
        }
        if let extensions = error.extensions, !extensions.isEmpty {
            writeRaw(",\"extensions\":")
            write(.object(JSONObject(extensions.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })))
        }
        writeByte(UInt8(ascii: "}"))
    }
}
