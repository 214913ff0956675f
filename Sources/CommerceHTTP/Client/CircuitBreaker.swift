import Commerce
import Synchronization

/// A circuit breaker for one upstream. Closed, it lets calls through and counts failures in a row;
/// at `failureThreshold` it opens, and calls fail at once (`UpstreamFailure.circuitOpen`) for
/// `openSeconds`. Then one call goes through as a probe (half open; the others still fail fast):
/// its success closes the circuit, its failure opens it again.
final class CircuitBreaker: Sendable {
    /// The breaker's state, as `/metrics` numbers it.
    enum Phase: Int, Sendable {
        case closed = 0, open = 1, halfOpen = 2

        /// The name `/readyz` shows.
        var name: String { self == .closed ? "closed" : self == .open ? "open" : "half-open" }
    }

    /// What a call may do.
    enum Admission: Sendable { case allowed, probe, rejected }

    private struct State {
        var phase = Phase.closed
        var failures = 0
        var reopensAt = RequestDeadline(uptimeNanoseconds: 0)
        var opened = 0
    }
    let failureThreshold: Int
    let openSeconds: Double
    private let state = Mutex(State())

    init(failureThreshold: Int, openSeconds: Double) {
        self.failureThreshold = failureThreshold
        self.openSeconds = openSeconds
    }

    /// The phase now (an open circuit past its wait reports open until a probe goes).
    var phase: Phase { state.withLock { $0.phase } }
    /// How many times it opened.
    var openings: Int { state.withLock { $0.opened } }

    /// Whether a call may go now.
    func admit() -> Admission {
        state.withLock { state in
            switch state.phase {
            case .closed: return .allowed
            case .halfOpen: return .rejected
            case .open:
                guard state.reopensAt.hasPassed else { return .rejected }
                state.phase = .halfOpen
                return .probe
            }
        }
    }

    /// Records a call's outcome (`probe`: the call was the half-open probe).
    func record(success: Bool, probe: Bool) {
        state.withLock { state in
            if success {
                if probe || state.phase == .closed { (state.phase, state.failures) = (.closed, 0) }
                return
            }
            state.failures += 1
            if probe || (state.phase == .closed && state.failures >= failureThreshold) {
                state.phase = .open
                state.reopensAt = .after(seconds: openSeconds)
                state.opened += 1
            }
        }
    }
}
