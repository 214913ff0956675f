/// Why a request could not be read: the status to answer with and a short reason for the body.
struct HTTPParseError: Error, Equatable {
    /// The status code to send (400, 413, 417, 431, 501 or 505).
    let status: Int
    /// A one-line explanation, sent as the plain-text body.
    let reason: String

    init(_ status: Int, _ reason: String) {
        self.status = status
        self.reason = reason
    }
}
