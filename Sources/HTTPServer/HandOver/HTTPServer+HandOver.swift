import Dispatch

extension HTTPServer {
    /// The listening socket, to hand to a process that takes over (see `UnixSocket`), or -1
    /// before `start` and once stopped.
    public var listenerDescriptor: Int32 { state.withLock { $0.listenFD } }

    /// Hands the listening socket over to another process, which holds a duplicate of it and
    /// already serves it: each loop stops watching it and accepts the connections already queued
    /// (the kernel may have woken this process, not the new one, for them); from then on the
    /// kernel's queue is the new process's alone. Then the server drains: requests in flight
    /// finish, every further response carries `Connection: close` (the client then closes and
    /// reconnects, to the new process), connections that were answered and sit idle are closed
    /// after `idleGrace` seconds (our side first, after a complete response only), a connection
    /// still waiting for its first request is served, and after `timeout` seconds whatever is left
    /// is closed. The loops then stop (`waitUntilStopped` returns).
    ///
    /// Returns once no loop accepts any more (false, at once, if the server was already stopping).
    @discardableResult
    public func handOver(idleGrace: Double = 1, timeout: Double = 30) -> Bool {
        let loops = state.withLock { state -> [EventLoop] in
            guard state.started, !state.stopping else { return [] }
            state.stopping = true
            return state.loops
        }
        guard !loops.isEmpty else { return false }
        let group = DispatchGroup()
        for loop in loops {
            group.enter()
            loop.post(.handOver(idleGrace: idleGrace, timeout: timeout, done: { group.leave() }))
        }
        _ = group.wait(timeout: .now() + 10)
        return true
    }
}
