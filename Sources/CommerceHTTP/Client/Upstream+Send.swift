import Commerce
import Foundation

extension Upstream {
    /// The default deadline of a call made outside a GraphQL request (tests, `concord exec`).
    static let defaultDeadline = 2.0

    /// Request bodies with sorted keys: one request is always the same bytes, so identical calls
    /// join in flight and a search's cached answer is found again.
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }

    /// Sends a call through the breaker, within what remains of the request's deadline and the
    /// call's timeout, retrying once (every contract call is a read, so idempotent) when the failure
    /// allows it, the retry budget has one and the time left covers `Retry-After`.
    func send(_ route: UpstreamRoute, body: [UInt8]) async throws -> UpstreamAnswer {
        let request = RequestDeadline.current ?? .after(seconds: Self.defaultDeadline)
        budget.called()
        var attempt = 0
        while true {
            attempt += 1
            let admission = breaker.admit()
            guard admission != .rejected else {
                counters.rejected.add(1, ordering: .relaxed)
                throw UpstreamFailure.circuitOpen
            }
            do {
                let answer = try await exchange(route, body: body, deadline: RequestDeadline.after(seconds: options.timeout).earlier(request))
                breaker.record(success: true, probe: admission == .probe)
                return answer
            } catch let failure as UpstreamFailure {
                counters.failures.add(1, ordering: .relaxed)
                if case .status(let code, _) = failure, (400..<500).contains(code), code != 408, code != 429 {
                    breaker.record(success: true, probe: admission == .probe)
                } else {
                    breaker.record(success: false, probe: admission == .probe)
                }
                var wait = 0.0
                if case .status(_, let retryAfter?) = failure { wait = retryAfter }
                guard attempt == 1, failure.isRetryable, failure != .timeout || request.remaining > 0.05,
                      wait < request.remaining - 0.05, budget.takeRetry() else { throw failure }
                if wait > 0 { try await Task.sleep(nanoseconds: UInt64(wait * 1e9)) }
            } catch {
                // Cancelled (say, while waiting for a connection): a probe must not leave the circuit half open.
                breaker.record(success: false, probe: admission == .probe)
                throw error
            }
        }
    }

    /// One request and its answer, checked: status 200, `application/json`.
    private func exchange(_ route: UpstreamRoute, body: [UInt8], deadline: RequestDeadline) async throws -> UpstreamAnswer {
        counters.calls.add(1, ordering: .relaxed)
        var head = "POST \(route.rawValue) HTTP/1.1\r\nHost: \(options.address)\r\nContent-Type: application/json\r\n"
        head += "Accept: application/json\r\nContent-Length: \(body.count)\r\n\r\n"
        let response = try await pool.send(Array(head.utf8) + body, deadline: deadline)
        guard response.status == 200 else {
            let retryAfter = response.headers["retry-after"].flatMap(Double.init)
            throw UpstreamFailure.status(response.status, retryAfter: retryAfter)
        }
        let type = response.headers["content-type"] ?? ""
        guard type.lowercased().hasPrefix("application/json") else { throw UpstreamFailure.contentType(type) }
        let (maxAge, stale) = UpstreamAnswer.lifetimes(response.headers["cache-control"])
        return UpstreamAnswer(body: response.body, maxAge: maxAge, staleIfError: stale)
    }

    /// Sends a call and decodes its answer; a body that is not the contract's JSON is `.malformed`.
    func decode<Answer: Decodable>(_ route: UpstreamRoute, _ request: some Encodable, as type: Answer.Type) async throws -> (Answer, UpstreamAnswer) {
        let answer = try await call(route, body: Array(try Upstream.encoder.encode(request)))
        do {
            return (try JSONDecoder().decode(type, from: Data(answer.body)), answer)
        } catch {
            // A failure of the upstream like any other: counted, and towards opening the circuit.
            counters.failures.add(1, ordering: .relaxed)
            breaker.record(success: false, probe: false)
            throw UpstreamFailure.malformed("the body is not the contract's JSON for \(route.rawValue)")
        }
    }
}
