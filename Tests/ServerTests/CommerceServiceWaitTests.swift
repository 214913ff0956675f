import ConcordServer
import Foundation
import Testing

/// `CommerceService.wait` blocks its caller; the work it waits for must not need the thread it
/// blocks. Before it ran that work on its own executor, waits from more pool threads than the
/// pool has hung the process (two services starting at once in tests, on 2 cores).
@Suite struct CommerceServiceWaitTests {
    @Test func waitingFromEveryPoolThreadAtOnceFinishes() async throws {
        let waits = ProcessInfo.processInfo.activeProcessorCount * 2 + 2
        let total = try await withThrowingTaskGroup(of: Int.self) { group in
            for n in 0..<waits {
                group.addTask {
                    try CommerceService.wait {
                        try await Task.sleep(for: .milliseconds(20))
                        await Task.yield()
                        return n
                    }
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(total == waits * (waits - 1) / 2)
    }
}
