import ConcordServer
import Foundation
import HTTPServer
import Synchronization

/// A partner's webhook endpoint for tests, on 127.0.0.1: verifies each delivery's Standard Webhooks
/// signature, records what it accepted, fails `failureRate` of the deliveries at random (500, or 503
/// with `Retry-After: 1`), and can be stopped and started again on the same port.
// unchecked: `server`, its one `var`, is set by `start` and `stop`, which the test calls one after another
final class PartnerEndpoint: @unchecked Sendable {
    /// One accepted delivery.
    struct Received: Sendable {
        var messageID: String
        var aggregate: String
        var seq: Int
        var type: String
        var body: [UInt8]
    }

    struct State {
        var received: [Received] = []
        var badSignatures = 0
        var failed = 0
        var bodies: [String: [UInt8]] = [:]
        var changedBodies = 0
        /// Answer 410 Gone to everything.
        var gone = false
        /// Seconds to wait before answering each request.
        var delay: Double = 0
        /// Answer the next request for this message with 503 and `Retry-After: 2`.
        var busyOnce: String?
        /// When each message was tried (signed requests only).
        var attempts: [String: [Date]] = [:]
    }

    let state = Mutex(State())
    private let secrets: [WebhookSecret]
    private let failureRate: Double
    private var server: HTTPServer?
    private(set) var port = 0
    private let loops: Int

    init(secrets: [WebhookSecret], failureRate: Double, loops: Int = 1) throws {
        self.secrets = secrets
        self.failureRate = failureRate
        self.loops = loops
        try start()
    }

    /// Starts listening (on the port it had, after the first start).
    func start() throws {
        var configuration = HTTPServerConfiguration(host: "127.0.0.1", port: port)
        configuration.eventLoopCount = loops
        configuration.shutdownGracePeriod = 0.1
        let server = HTTPServer(configuration: configuration, handler: .sync { [self] request in self.handle(request) })
        try server.start()
        port = server.port
        self.server = server
    }

    /// Stops listening: connections are refused until `start()`.
    func stop() {
        server?.shutdown()
        server?.waitUntilStopped()
        server = nil
    }

    private func handle(_ request: HTTPRequest) -> HTTPResponse {
        guard let id = request.headers["webhook-id"], let timestampText = request.headers["webhook-timestamp"],
              let timestamp = Int(timestampText), let signature = request.headers["webhook-signature"],
              WebhookSignature.verify(header: signature, id: id, timestamp: timestamp, body: request.body, secrets: secrets),
              abs(timestamp - Int(Date().timeIntervalSince1970)) < 300 else {
            state.withLock { $0.badSignatures += 1 }
            return HTTPResponse(status: 400, text: "bad signature")
        }
        let delay = state.withLock { $0.delay }
        if delay > 0 { usleep(UInt32(delay * 1_000_000)) }
        let forced: HTTPResponse? = state.withLock { state in
            state.attempts[id, default: []].append(Date())
            if state.gone { return HTTPResponse(status: 410, text: "gone") }
            guard state.busyOnce == id else { return nil }
            state.busyOnce = nil
            return HTTPResponse(status: 503, headers: ["Retry-After": "2"], text: "busy")
        }
        if let forced { return forced }
        let roll = Double.random(in: 0..<1)
        if roll < failureRate {
            state.withLock { $0.failed += 1 }
            return roll < failureRate / 3
                ? HTTPResponse(status: 503, headers: ["Retry-After": "1"], text: "busy")
                : HTTPResponse(status: 500, text: "failed")
        }
        guard let json = (try? JSONSerialization.jsonObject(with: Data(request.body))) as? [String: Any],
              let aggregate = json["aggregate"] as? String, let seq = json["seq"] as? Int, let type = json["type"] as? String,
              json["id"] as? String == id else {
            state.withLock { $0.badSignatures += 1 }
            return HTTPResponse(status: 400, text: "bad body")
        }
        state.withLock { state in
            if let earlier = state.bodies[id], earlier != request.body { state.changedBodies += 1 }
            state.bodies[id] = request.body
            state.received.append(Received(messageID: id, aggregate: aggregate, seq: seq, type: type, body: request.body))
        }
        return HTTPResponse(status: 204)
    }

    deinit { stop() }
}
