// Asynchronous fields: holes left by the synchronous pass, awaited together and spliced in.

/// A position whose value an `AsyncValue` will give.
struct Hole {
    /// Where the value goes in the buffer.
    var offset: Int
    /// The field.
    let field: FieldPlan
    /// The path of the object that holds the field.
    let parent: ResponsePath?
    /// The pending value.
    let value: AsyncValue
    /// Where the nearest nullable position around it starts, and its depth (0: outside this
    /// buffer); that position becomes null if this non-null field fails.
    let anchorStart: Int
    let anchorDepth: Int
    /// Where that position ends, once it is closed.
    var anchorEnd: Int?
}

/// What awaiting a hole gave: its bytes, or `nil` when its non-null value failed.
struct HoleResult {
    var bytes: [UInt8]?
    var errors: [GraphQLError]
}

extension Executor {
    /// Notes an async field at the current position.
    mutating func addHole(_ field: FieldPlan, _ parent: ResponsePath?, _ value: AsyncValue) {
        let depth = field.completion.nonNull ? anchors.count - 1 : anchors.count
        holes.append(Hole(offset: out.count, field: field, parent: parent, value: value,
                          anchorStart: field.completion.nonNull ? anchors[anchors.count - 1] : out.count,
                          anchorDepth: depth, anchorEnd: nil))
    }

    /// Records where the nullable position at `depth` that started at `start` ends.
    mutating func closeAnchor(start: Int, depth: Int) {
        var index = holes.count - 1
        while index >= 0, holes[index].offset >= start {
            if holes[index].anchorDepth == depth, holes[index].anchorStart == start, holes[index].anchorEnd == nil {
                holes[index].anchorEnd = out.count
            }
            index -= 1
        }
    }

    /// Awaits every hole concurrently and splices the values in. Returns false when a failure
    /// reached the position outside this buffer.
    mutating func fillHoles() async -> Bool {
        let pending = holes
        holes = []
        let context = self.context
        var results = [HoleResult?](repeating: nil, count: pending.count)
        if pending.count == 1 {
            results[0] = await Executor.fill(pending[0], context)
        } else {
            await withTaskGroup(of: (Int, HoleResult).self) { group in
                for (index, hole) in pending.enumerated() {
                    group.addTask { (index, await Executor.fill(hole, context)) }
                }
                for await (index, result) in group { results[index] = result }
            }
        }
        var failed: [(start: Int, end: Int)] = []
        for (hole, result) in zip(pending, results) {
            errors.append(contentsOf: result!.errors)
            guard result!.bytes == nil else { continue }
            guard hole.anchorDepth > 0, let end = hole.anchorEnd else { return false }
            failed.append((hole.anchorStart, end))
        }
        // Keep the outermost failed positions; they nest, they never overlap partly.
        failed.sort { $0.start < $1.start || ($0.start == $1.start && $0.end > $1.end) }
        var regions: [(start: Int, end: Int)] = []
        for region in failed where regions.last.map({ region.start >= $0.end }) ?? true {
            regions.append(region)
        }
        var spliced: [UInt8] = []
        spliced.reserveCapacity(out.count + results.reduce(0) { $0 + ($1?.bytes?.count ?? 0) })
        var copied = 0
        var regionIndex = 0
        var holeIndex = 0
        while holeIndex < pending.count || regionIndex < regions.count {
            let holeOffset = holeIndex < pending.count ? pending[holeIndex].offset : Int.max
            if regionIndex < regions.count, regions[regionIndex].start <= holeOffset {
                let region = regions[regionIndex]
                spliced.append(contentsOf: out.bytes[copied..<region.start])
                spliced.append(contentsOf: "null".utf8)
                copied = region.end
                regionIndex += 1
                while holeIndex < pending.count, pending[holeIndex].offset < region.end { holeIndex += 1 }
                continue
            }
            spliced.append(contentsOf: out.bytes[copied..<holeOffset])
            spliced.append(contentsOf: results[holeIndex]!.bytes!)
            copied = holeOffset
            holeIndex += 1
        }
        spliced.append(contentsOf: out.bytes[copied...])
        countedBytes += spliced.count - out.count  // the holes' executors counted their own bytes
        out.bytes = spliced
        return true
    }

    /// Awaits one hole and completes its value in a buffer of its own.
    static func fill(_ hole: Hole, _ context: ExecutionContext) async -> HoleResult {
        var executor = Executor(context: context)
        // Once the request's budget is spent, no further backend call starts.
        if context.budget != nil, !executor.checkBudget() { return HoleResult(bytes: nil, errors: []) }
        let field = hole.field
        let key = Executor.fieldKey
        var ok: Bool
        do {
            let value = try await hole.value.run()
            if executor.context.budget != nil, !executor.checkBudget() { return HoleResult(bytes: nil, errors: []) }
            ok = executor.complete(field.completion, value, field, hole.parent, key)
        } catch {
            ok = executor.fieldFailed(error, field.completion, field, hole.parent, key)
        }
        if ok, !executor.holes.isEmpty { ok = await executor.fillHoles() }
        if executor.context.budget != nil { _ = executor.checkBudget() }
        return HoleResult(bytes: ok ? executor.out.bytes : nil, errors: executor.errors)
    }
}
