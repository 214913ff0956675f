import Commerce
import Dispatch
import Synchronization

/// The keep-alive connections to one upstream: at most `maxConnections` open at once (a call waits,
/// without holding a thread, until one is free or its deadline passes), idle ones reused newest
/// first. Blocking socket work runs on a serial queue per call, each wait a `poll` bounded by the deadline.
final class ConnectionPool: Sendable {
    let address: UpstreamAddress
    let maxConnections: Int
    let maxResponseBytes: Int
    private struct State {
        var idle: [ClientConnection] = []
        var open = 0
    }
    private let state = Mutex(State())

    init(address: UpstreamAddress, maxConnections: Int, maxResponseBytes: Int) {
        self.address = address
        self.maxConnections = maxConnections
        self.maxResponseBytes = maxResponseBytes
    }

    /// Connections open now (idle or in use).
    var openConnections: Int { state.withLock { $0.open } }

    /// Sends one request and reads its answer before the deadline.
    func send(_ request: [UInt8], deadline: RequestDeadline) async throws -> ClientResponse {
        let slot = try await acquire(deadline: deadline)
        return try await withCheckedThrowingContinuation { continuation in
            // A serial queue of its own: serial queues overcommit, so a blocked call never waits for a
            // thread behind others (a concurrent queue on Linux runs only one per core).
            DispatchQueue(label: "concord.upstream.io").async { [self] in
                continuation.resume(with: Result { try exchange(request, on: slot, deadline: deadline) })
            }
        }
    }

    /// An idle connection, or nil to open a new one (the slot is counted); waits while at the cap.
    private func acquire(deadline: RequestDeadline) async throws -> ClientConnection? {
        while true {
            let taken: ClientConnection?? = state.withLock { state in
                if let idle = state.idle.popLast() { return .some(idle) }
                if state.open < maxConnections { state.open += 1; return .some(nil) }
                return nil
            }
            if let taken { return taken }
            guard !deadline.hasPassed else { throw UpstreamFailure.timeout }
            try await Task.sleep(nanoseconds: 2_000_000)
        }
    }

    /// Blocking: the request over `slot` (or a new connection), the answer read; a reused connection
    /// the peer had closed is replaced once.
    private func exchange(_ request: [UInt8], on slot: ClientConnection?, deadline: RequestDeadline) throws -> ClientResponse {
        var connection = slot
        while true {
            let current: ClientConnection
            do {
                current = try connection ?? ClientConnection.open(address: address.socketAddress, deadline: deadline)
            } catch {
                release(nil)
                throw error
            }
            connection = current
            let failure: UpstreamFailure
            do {
                try current.send(request, deadline: deadline)
                let response = try current.readResponse(deadline: deadline, maxBodyBytes: maxResponseBytes)
                release(response.keepAlive ? current : nil)
                return response
            } catch {
                failure = error
            }
            if failure == .connectionLost && current.reused {
                connection = nil
                continue
            }
            release(nil)
            throw failure
        }
    }

    /// Gives the slot back: the connection kept for reuse, or nil when it was closed.
    private func release(_ connection: ClientConnection?) {
        connection?.reused = true
        state.withLock { state in
            if let connection { state.idle.append(connection) } else { state.open -= 1 }
        }
    }

    /// Closes every idle connection (the upstream is gone or the backend is dropped).
    func closeIdle() {
        state.withLock { state in
            state.open -= state.idle.count
            state.idle = []
        }
    }
}
