import Foundation
import Synchronization

// ExecuteRequest: operation selection, variable coercion, then the operation (queries with
// async fields awaited together, mutation root fields one after another).
// https://spec.graphql.org/September2025/#sec-Executing-Requests

/// The outcome of executing a request: the `data` entry's JSON bytes (absent after a
/// request error) and the errors.
public struct ExecutionResult: Sendable {
    /// The `data` entry as JSON bytes; `nil` when the request failed before execution.
    public var data: [UInt8]?
    /// Request or field errors, in the order they happened.
    public var errors: [GraphQLError]

    /// Creates a result.
    public init(data: [UInt8]?, errors: [GraphQLError]) {
        self.data = data
        self.errors = errors
    }

    /// A request error: no `data` entry.
    public init(errors: [GraphQLError]) {
        self.init(data: nil, errors: errors)
    }

    /// The response as graphql-js builds it: `{"errors":[...],"data":...}`, `errors` only when
    /// there are some, `data` only when execution started.
    public var json: [UInt8] {
        var writer = JSONWriter(capacity: (data?.count ?? 0) + 16 + errors.count * 128)
        writer.writeByte(UInt8(ascii: "{"))
        if !errors.isEmpty {
            writer.writeRaw("\"errors\":[")
            for (index, error) in errors.enumerated() {
                if index > 0 { writer.writeByte(UInt8(ascii: ",")) }
                writer.write(error)
            }
            writer.writeByte(UInt8(ascii: "]"))
            if data != nil { writer.writeByte(UInt8(ascii: ",")) }
        }
        if let data {
            writer.writeRaw("\"data\":")
            writer.writeBytes(data)
        }
        writer.writeByte(UInt8(ascii: "}"))
        return writer.bytes
    }

    /// The `data` entry parsed back into a `JSON` value (for tests and tools).
    public var dataJSON: JSON? {
        guard let data else { return nil }
        return try? JSONParser.parse(bytes: data)
    }
}

/// The size of the last response, so that the next one starts with a buffer that fits
/// (shared by all requests; a guess, never a limit).
final class ResponseSizeHint: Sendable {
    static let shared = ResponseSizeHint()
    private let size = Atomic<Int>(4096)

    /// The capacity to start with.
    var value: Int { size.load(ordering: .relaxed) }

    /// Remembers a response's size.
    func record(_ bytes: Int) {
        size.store(min(max(bytes + bytes / 8, 1024), 1 << 24), ordering: .relaxed)
    }
}

/// The message when `executeSync` meets an asynchronous resolver (graphql-js's `graphqlSync`).
let executionNotSynchronousMessage = "GraphQL execution failed to complete synchronously."

extension PreparedDocument {
    /// Executes an operation: async fields of a query are awaited concurrently, mutation root
    /// fields run one after another; synchronous resolvers never create a task. Past one of
    /// `limits`, the result is `data: null` with that limit's error only.
    public func execute(rootValue: Any = JSON.object([:]), contextValue: Any? = nil,
                        variableValues: JSONObject = [:], operationName: String? = nil,
                        limits: ExecutionLimits = ExecutionLimits()) async -> ExecutionResult {
        let context: ExecutionContext
        switch prepare(rootValue: rootValue, contextValue: contextValue, variableValues: variableValues, operationName: operationName,
                       limits: limits) {
        case .failure(let failed): return failed.result
        case .success(let prepared): context = prepared
        }
        var executor = Executor(context: context)
        let root = ResolvedValue(rootValue)
        var ok: Bool
        let isMutation = context.operation.operation == .mutation
        if isMutation {
            ok = await executor.executeSerially(context.plan.root, root)
        } else {
            ok = executor.executeSelection(context.plan.root, root, nil)
            if ok, !executor.holes.isEmpty { ok = await executor.fillHoles() }
        }
        // A mutation that ran to its end answers what it did, even past a limit: its writes
        // are committed, and `TIMEOUT` would tell the client they were not.
        if let stopped = executor.stoppedByLimit(finalCheck: !isMutation) { return stopped }
        ResponseSizeHint.shared.record(executor.out.count)
        return ExecutionResult(data: ok ? executor.out.bytes : Array("null".utf8), errors: executor.errors)
    }

    /// Executes an operation whose resolvers are all synchronous, on the calling thread. A
    /// resolver that returns an `AsyncValue` makes this fail with graphql-js's
    /// "GraphQL execution failed to complete synchronously." `limits` as for `execute`.
    public func executeSync(rootValue: Any = JSON.object([:]), contextValue: Any? = nil,
                            variableValues: JSONObject = [:], operationName: String? = nil,
                            limits: ExecutionLimits = ExecutionLimits()) -> ExecutionResult {
        switch executeSynchronouslyOrSuspend(rootValue: rootValue, contextValue: contextValue, variableValues: variableValues,
                                             operationName: operationName, limits: limits) {
        case .completed(let result): return result
        case .suspended: return ExecutionResult(errors: [GraphQLError(executionNotSynchronousMessage)])
        }
    }

    /// Executes a query's synchronous fields on the calling thread, spawning no task: the result
    /// when every resolver was synchronous, or else the execution suspended at its asynchronous
    /// fields, which `SuspendedExecution.resume()` finishes without running anything twice.
    /// Mutations run their root fields one after another and belong to `execute`. `limits` as
    /// for `execute`.
    public func executeSynchronouslyOrSuspend(rootValue: Any = JSON.object([:]), contextValue: Any? = nil,
                                              variableValues: JSONObject = [:], operationName: String? = nil,
                                              limits: ExecutionLimits = ExecutionLimits()) -> SynchronousExecution {
        let context: ExecutionContext
        switch prepare(rootValue: rootValue, contextValue: contextValue, variableValues: variableValues, operationName: operationName,
                       limits: limits) {
        case .failure(let failed): return .completed(failed.result)
        case .success(let prepared): context = prepared
        }
        var executor = Executor(context: context)
        let ok = executor.executeSelection(context.plan.root, ResolvedValue(rootValue), nil)
        if !executor.holes.isEmpty { return .suspended(SuspendedExecution(executor, ok: ok)) }
        if let stopped = executor.stoppedByLimit() { return .completed(stopped) }
        ResponseSizeHint.shared.record(executor.out.count)
        return .completed(ExecutionResult(data: ok ? executor.out.bytes : Array("null".utf8), errors: executor.errors))
    }

    /// Selects the operation, coerces the variables and finds the plan.
    private func prepare(rootValue: Any, contextValue: Any?, variableValues: JSONObject,
                         operationName: String?, limits: ExecutionLimits) -> Result<ExecutionContext, FailedRequest> {
        let index: Int
        switch operation(named: operationName) {
        case .failure(let error): return .failure(FailedRequest(ExecutionResult(errors: [error])))
        case .success(let found): index = found
        }
        let variables: JSONObject
        switch coerceVariableValues(schema: schema, definitions: operations[index].variableDefinitions, inputs: variableValues) {
        case .errors(let errors): return .failure(FailedRequest(ExecutionResult(errors: errors)))
        case .values(let coerced): variables = coerced
        }
        var contextObject: AnyObject?
        if let bound = schema.typedBindings.context, let object = schema.typedBindings.contextObject {
            guard let found = object(contextValue) else {
                let given = contextValue.map { "\(Swift.type(of: $0))" } ?? "none"
                return .failure(FailedRequest(ExecutionResult(errors: [GraphQLError(
                    "The schema's resolvers need a \(bound.name) as the context value; it was given \(given).")])))
            }
            contextObject = found
        }
        do {
            let plan = try self.plan(operation: index, variables: variables)
            return .success(ExecutionContext(document: self, plan: plan, rootValue: rootValue, contextValue: contextValue,
                                             contextObject: contextObject, variables: variables, limits: limits))
        } catch {
            let graphQLError = error as? GraphQLError ?? GraphQLError("\(error)")
            return .failure(FailedRequest(ExecutionResult(data: Array("null".utf8), errors: [graphQLError])))
        }
    }
}

/// A result that ends a request before execution (an `Error` only to travel in a `Result`).
private struct FailedRequest: Error {
    let result: ExecutionResult
    init(_ result: ExecutionResult) { self.result = result }
}

extension Executor {
    /// When a limit stopped execution (or, with `finalCheck`, the whole response is past a
    /// limit now): `data: null` and that limit's error alone (the other errors belong to
    /// discarded data).
    mutating func stoppedByLimit(finalCheck: Bool = true) -> ExecutionResult? {
        guard let budget = context.budget else { return nil }
        if finalCheck { _ = checkBudget() }
        guard let error = budget.error else { return nil }
        return ExecutionResult(data: Array("null".utf8), errors: [error])
    }

    /// ExecuteSelectionSet serially (mutations): each root field, its async parts included,
    /// completes before the next starts.
    mutating func executeSerially(_ plan: SelectionPlan, _ source: ResolvedValue) async -> Bool {
        out.writeByte(UInt8(ascii: "{"))
        var first = true
        for field in plan.fields {
            // No further write starts once a limit is spent (those before it are committed).
            if let budget = context.budget, !checkBudget() || budget.stopsAtDeadline() { return false }
            if first { first = false } else { out.writeByte(UInt8(ascii: ",")) }
            out.writeBytes(field.keyBytes)
            guard executeField(field, source, nil) else { return false }
            if !holes.isEmpty, !(await fillHoles()) { return false }
        }
        out.writeByte(UInt8(ascii: "}"))
        return true
    }
}
