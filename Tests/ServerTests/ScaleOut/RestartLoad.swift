import Foundation
import Synchronization
import HTTPTestSupport

/// A steady load on one server while its database restarts: readers ask a public product query,
/// writers make a cart and add two lines to it in one `cartLinesAdd`. Every answer is sorted as
/// served (200 and no error), unavailable (503 with `SERVICE_UNAVAILABLE`), or a failure (anything
/// else: another status or error, a connection error, no answer within 15 seconds).
final class RestartLoad: Sendable {
    /// One two-line write: its cart, and whether the server answered it as committed (nil: unavailable).
    struct Write: Sendable {
        let cart: String
        let committed: Bool
    }

    /// What the load saw.
    struct Outcome: Sendable {
        var served = 0
        var unavailable = 0
        var failures: [String] = []
        var slowest = 0.0
        /// When the last request answered 503 was sent.
        var lastUnavailableSent: Date?
        var writes: [Write] = []
    }

    private let port: Int
    private let variants: [String]
    private let running = Atomic<Bool>(true)
    private let outcome = Mutex(Outcome())
    private let finished = DispatchGroup()

    /// Starts `readers` + `writers` threads on the server at `port`; `variants` are two variant ids.
    init(port: Int, variants: [String], readers: Int = 2, writers: Int = 2) {
        self.port = port
        self.variants = variants
        for index in 0..<(readers + writers) {
            finished.enter()
            let thread = Thread { [self] in
                while running.load(ordering: .relaxed) {
                    if index < readers { read() } else { write() }
                    usleep(10_000)
                }
                finished.leave()
            }
            thread.start()
        }
    }

    /// Stops the load, waits for the requests in flight, and returns what it saw.
    func stop() -> Outcome {
        running.store(false, ordering: .relaxed)
        finished.wait()
        return outcome.withLock { $0 }
    }

    private func read() {
        _ = send("{ products(first: 3, sortKey: ID) { nodes { id title variants(first: 2) { nodes { id quantityAvailable } } } } }", [:])
    }

    private func write() {
        guard case .served(let created)? = send("mutation { cartCreate { cart { id } userErrors { code } } }", [:]),
              let cart = ((created["cartCreate"] as? [String: Any])?["cart"] as? [String: Any])?["id"] as? String else { return }
        let lines = variants.map { ["merchandiseId": $0, "quantity": 1] }
        let query = "mutation($cartId: ID!, $lines: [CartLineInput!]!) { cartLinesAdd(cartId: $cartId, lines: $lines) { cart { totalQuantity } userErrors { code } } }"
        switch send(query, ["cartId": cart, "lines": lines]) {
        case .served(let data)?:
            let total = ((data["cartLinesAdd"] as? [String: Any])?["cart"] as? [String: Any])?["totalQuantity"] as? Int
            if total != 2 { record { $0.failures.append("cartLinesAdd answered totalQuantity \(total.map(String.init) ?? "nil")") } }
            record { $0.writes.append(Write(cart: cart, committed: true)) }
        case .unavailable?:
            record { $0.writes.append(Write(cart: cart, committed: false)) }
        case nil:
            break
        }
    }

    private enum Answer { case served([String: Any]), unavailable }

    /// Sends one request on a new connection and sorts its answer; nil for a failure.
    private func send(_ query: String, _ variables: [String: Any]) -> Answer? {
        let started = Date()
        defer {
            let elapsed = Date().timeIntervalSince(started)
            record { $0.slowest = max($0.slowest, elapsed) }
        }
        do {
            let answer = try TwoServersTests.call(port: port, token: TwoServersTests.storefront, query, variables, timeout: 15)
            let errors = answer.errors as? [[String: Any]]
            if answer.status == 200, errors == nil, let data = answer.json?["data"] as? [String: Any] {
                record { $0.served += 1 }
                return .served(data)
            }
            let codes = errors?.compactMap { ($0["extensions"] as? [String: Any])?["code"] as? String } ?? []
            if answer.status == 503, !codes.isEmpty, codes.allSatisfy({ $0 == "SERVICE_UNAVAILABLE" }) {
                record { $0.unavailable += 1; $0.lastUnavailableSent = max($0.lastUnavailableSent ?? started, started) }
                return .unavailable
            }
            record { $0.failures.append("\(answer.status): \(answer.text.prefix(200))") }
        } catch {
            record { $0.failures.append("no answer: \(error)") }
        }
        return nil
    }

    private func record(_ change: (inout Outcome) -> Void) {
        outcome.withLock { change(&$0) }
    }
}
