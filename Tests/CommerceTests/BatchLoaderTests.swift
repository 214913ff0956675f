import Testing
@testable import Commerce

@Suite("The per-request batch loader")
struct BatchLoaderTests {
    actor Calls {
        var batches: [[Int]] = []
        func record(_ keys: [Int]) { batches.append(keys) }
    }

    @Test("keys asked for concurrently go in one call, each key once")
    func concurrentKeys() async throws {
        let calls = Calls()
        let loader = BatchLoader<Int, String> { keys in
            await calls.record(keys)
            return Dictionary(uniqueKeysWithValues: keys.filter { $0 != 13 }.map { ($0, "v\($0)") })
        }
        let values = try await withThrowingTaskGroup(of: (Int, String?).self) { group in
            for key in [1, 2, 3, 2, 13, 1] { group.addTask { (key, try await loader.load(key)) } }
            return try await group.reduce(into: [Int: String?]()) { $0[$1.0] = $1.1 }
        }
        #expect(values[2] == "v2")
        #expect(values[13] == .some(nil))
        // Each distinct key went to the backend exactly once (usually in one batch: sibling
        // batching is best effort, so the test does not depend on the scheduler).
        let batches = await calls.batches
        #expect(batches.flatMap { $0 }.sorted() == [1, 2, 3, 13])
        let before = await loader.batchCount
        #expect(try await loader.load(3) == "v3")
        #expect(await loader.batchCount == before, "a loaded key is cached for the request")
    }

    @Test("prefetch batches keys for loads that come one after another")
    func prefetch() async throws {
        let calls = Calls()
        let loader = BatchLoader<Int, Int> { keys in
            await calls.record(keys)
            return Dictionary(uniqueKeysWithValues: keys.map { ($0, $0 * 10) })
        }
        await loader.prefetch([1, 2, 3, 4, 5])
        for key in 1...5 { #expect(try await loader.load(key) == key * 10) }
        #expect(await calls.batches.count == 1)
    }

    @Test("clear and prime replace cached values")
    func primeAndClear() async throws {
        let calls = Calls()
        let loader = BatchLoader<Int, Int> { keys in
            await calls.record(keys)
            return Dictionary(uniqueKeysWithValues: keys.map { ($0, 1) })
        }
        await loader.prime(1, 99)
        #expect(try await loader.load(1) == 99)
        await loader.clear([1])
        #expect(try await loader.load(1) == 1)
        #expect(await calls.batches == [[1]])
    }

    @Test("priming many values at once answers them without a backend call and replaces cached ones")
    func primeMany() async throws {
        let calls = Calls()
        let loader = BatchLoader<Int, Int> { keys in
            await calls.record(keys)
            return Dictionary(uniqueKeysWithValues: keys.map { ($0, 1) })
        }
        #expect(try await loader.load(2) == 1)
        await loader.prime([1: 10, 2: 20, 3: 30])
        #expect(try await loader.loadMany([1, 2, 3, 4]) == [1: 10, 2: 20, 3: 30, 4: 1])
        await loader.prime([:])
        #expect(await calls.batches == [[2], [4]])
    }
}
