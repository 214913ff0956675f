/// A manifest of trusted documents that cannot be used; the message names the file and entry.
public struct TrustedDocumentError: Error, CustomStringConvertible, Sendable {
    /// What is wrong, e.g. `kiosk.json: "sha256:12ab…": the hash is not the SHA-256 of the document (it is sha256:…)`.
    public let description: String

    /// Creates an error.
    public init(_ description: String) { self.description = description }
}
