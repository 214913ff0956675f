/// Why a schema file could not be used: a message naming the file, and the line and column of
/// each syntax or schema error in it.
struct SchemaFileError: Error {
    let message: String
}
