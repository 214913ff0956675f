/// An error a backend throws that can tell the store was unreachable (a lost connection, a database
/// restarting): the client is told the service is unavailable for now (`SERVICE_UNAVAILABLE`, HTTP
/// 503), not of an internal error, and may retry.
public protocol UnreachableStoreError: Error {
    /// Whether the store could not be reached, rather than refused the request.
    var isUnreachable: Bool { get }
}

extension CommerceError {
    /// The `CommerceError` for a backend's failure: `.unavailable` when the store was unreachable,
    /// otherwise `.backend` with the failure's description.
    public init(backendFailure error: any Error) {
        if let error = error as? CommerceError {
            self = error
        } else if let upstream = error as? UpstreamUnavailableError {
            self = .upstreamUnavailable(service: upstream.service, detail: upstream.detail)
        } else if let failure = error as? any UnreachableStoreError, failure.isUnreachable {
            self = .unavailable(String(describing: error))
        } else {
            self = .backend(String(describing: error))
        }
    }
}
