import Foundation
import Synchronization
import Testing
@testable import GraphQLCore

/// `executeSynchronouslyOrSuspend`: the synchronous fields run once, on the calling thread; an
/// execution that meets asynchronous resolvers is suspended and its resumption finishes it with
/// exactly `execute`'s answer, running nothing twice.
@Suite struct SuspendedExecutionTests {
    /// `type Query { counted: Int  slow: String  strictSlow: String!  items: [Item] }`,
    /// `type Item { id: Int  slowName: String }`; `counted` counts its calls.
    final class Fixture: Sendable {
        let schema: GraphQLSchema
        /// How many times `counted` ran.
        final class Counter: Sendable { let value = Atomic<Int>(0) }
        let calls = Counter()

        init() throws {
            let int = GraphQLType.named(BuiltInScalars.int), string = GraphQLType.named(BuiltInScalars.string)
            let item = GraphQLObjectType(name: "Item")
            item.fields.add(GraphQLField(name: "id", type: int))
            item.fields.add(GraphQLField(name: "slowName", type: string))
            let query = GraphQLObjectType(name: "Query")
            query.fields.add(GraphQLField(name: "counted", type: int))
            query.fields.add(GraphQLField(name: "slow", type: string))
            query.fields.add(GraphQLField(name: "strictSlow", type: .nonNull(string)))
            query.fields.add(GraphQLField(name: "items", type: .list(.named(item))))
            schema = try GraphQLSchema(query: query)
            try schema.bind("Query.counted") { [calls] _, _, _, _ in calls.value.add(1, ordering: .relaxed).newValue }
            try schema.bind("Query.slow", .async { _, _, _, _ in
                try await Task.sleep(nanoseconds: 1_000_000)
                return "late"
            })
            try schema.bind("Query.strictSlow", .async { _, _, _, _ in nil })
            try schema.bind("Query.items") { _, _, _, _ in JSON.array([.object(["id": .int(1)]), .object(["id": .int(2)])]) }
            try schema.bind("Item.slowName", .async { parent, _, _, _ in
                guard case .object(let fields)? = parent as? JSON, case .int(let id)? = fields["id"] else { return nil }
                return "item \(id)"
            })
        }

        func document(_ query: String) throws -> PreparedDocument { PreparedDocument(try parse(query), schema: schema) }
    }

    static func text(_ result: ExecutionResult) -> String { String(decoding: result.json, as: UTF8.self) }

    @Test func aSynchronousQueryCompletesOnTheCallingThread() throws {
        let fixture = try Fixture()
        guard case .completed(let result) = try fixture.document("{ counted items { id } }").executeSynchronouslyOrSuspend() else {
            Issue.record("a query without asynchronous resolvers was suspended")
            return
        }
        #expect(Self.text(result) == #"{"data":{"counted":1,"items":[{"id":1},{"id":2}]}}"#)
    }

    @Test func resumingFinishesWithoutRunningTheSynchronousFieldsAgain() async throws {
        let fixture = try Fixture()
        let query = "{ counted slow items { id slowName } }"
        guard case .suspended(let execution) = try fixture.document(query).executeSynchronouslyOrSuspend() else {
            Issue.record("a query with asynchronous resolvers completed synchronously")
            return
        }
        #expect(fixture.calls.value.load(ordering: .relaxed) == 1)
        let resumed = Self.text(await execution.resume())
        #expect(fixture.calls.value.load(ordering: .relaxed) == 1, "the synchronous field ran again")
        #expect(resumed == #"{"data":{"counted":1,"slow":"late","items":[{"id":1,"slowName":"item 1"},{"id":2,"slowName":"item 2"}]}}"#)
        // The same answer as the asynchronous path from the start (which counts a second call).
        let direct = Self.text(try await fixture.document(query).execute())
        #expect(direct == resumed.replacingOccurrences(of: #""counted":1"#, with: #""counted":2"#))
    }

    @Test func aNullBubblingFromAnAsynchronousFieldReachesTheRoot() async throws {
        let fixture = try Fixture()
        guard case .suspended(let execution) = try fixture.document("{ counted strictSlow }").executeSynchronouslyOrSuspend() else {
            Issue.record("not suspended")
            return
        }
        #expect(Self.text(await execution.resume())
                == #"{"errors":[{"message":"Cannot return null for non-nullable field Query.strictSlow.","locations":[{"line":1,"column":11}],"path":["strictSlow"]}],"data":null}"#)
    }

    @Test func executeSyncStillAnswersAsGraphQLJSDoes() throws {
        let fixture = try Fixture()
        #expect(Self.text(try fixture.document("{ slow }").executeSync())
                == #"{"errors":[{"message":"GraphQL execution failed to complete synchronously."}]}"#)
    }
}
