import Commerce
import Foundation
import HTTPServer

/// Serves the upstream contract (`docs/upstream-contract.md`) from a catalog and a content backend:
/// what `concord upstream serve` runs, so that a deployment can run its catalog as a service of its
/// own. Answers carry `Cache-Control: max-age=M, stale-if-error=S` as configured. A body that does
/// not follow the contract is a 400 with `{"error": {"code": "BAD_REQUEST", ...}}`; a backend failure
/// a 500 with code `BACKEND`; an unknown path 404; a method other than POST 405.
public struct UpstreamService: Sendable {
    let catalog: any CatalogBackend
    let content: any ContentBackend
    /// The `Cache-Control` every successful answer carries.
    public let cacheControl: String

    /// Creates the service over two backends; `maxAge` and `staleIfError` in seconds.
    public init(catalog: any CatalogBackend, content: any ContentBackend, maxAge: Int = 0, staleIfError: Int = 300) {
        self.catalog = catalog
        self.content = content
        cacheControl = "max-age=\(maxAge), stale-if-error=\(staleIfError)"
    }

    /// The handler to give `HTTPServer`: `/healthz` on the loop, every contract call in a task.
    public var handler: HTTPHandler {
        .staged { request in
            if request.path == "/healthz" { return .response(HTTPResponse(text: "ok\n")) }
            guard let route = UpstreamRoute(rawValue: request.path) else {
                return .response(Self.failure(404, "NOT_FOUND", "no such call: \(request.path)"))
            }
            guard request.method == "POST" else {
                return .response(Self.failure(405, "METHOD_NOT_ALLOWED", "every call is a POST"))
            }
            return .later { await answer(route, body: request.body) }
        }
    }

    /// The answer to one call.
    public func answer(_ route: UpstreamRoute, body: [UInt8]) async -> HTTPResponse {
        do {
            let bytes = try await call(route, body: Data(body))
            return HTTPResponse(headers: ["Content-Type": "application/json", "Cache-Control": cacheControl], body: Array(bytes))
        } catch let error as UpstreamContractError {
            return Self.failure(400, "BAD_REQUEST", error.message)
        } catch is DecodingError {
            return Self.failure(400, "BAD_REQUEST", "the body does not follow the contract for \(route.rawValue)")
        } catch {
            return Self.failure(500, "BACKEND", "the backend failed")
        }
    }

    /// An error answer in the contract's form.
    static func failure(_ status: Int, _ code: String, _ message: String) -> HTTPResponse {
        let body = (try? JSONEncoder().encode(WireBodies.Failure(error: .init(code: code, message: message)))) ?? Data()
        return HTTPResponse(status: status, headers: ["Content-Type": "application/json", "Cache-Control": "no-store"], body: Array(body))
    }
}
