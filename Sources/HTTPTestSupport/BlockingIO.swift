import Foundation

/// Runs blocking socket work on a thread of its own, so it can starve neither Swift's
/// cooperative pool nor Dispatch's global queues (which also run timers such as `Task.sleep`).
public func io<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread { continuation.resume(with: Result { try body() }) }
        thread.start()
    }
}
