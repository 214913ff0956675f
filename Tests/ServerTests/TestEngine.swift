import ConcordServer
import HTTPServer
import GraphQLCore
import Synchronization

/// A scripted engine for testing the HTTP layer on its own: it recognises a handful of
/// documents by their text and answers as a real engine would for them.
final class TestEngine: GraphQLEngine {
    typealias Document = String

    /// How many times each operation type was executed.
    let executions = Mutex<[OperationType: Int]>([:])
    /// The contexts execution saw.
    let contexts = Mutex<[RequestContext]>([])

    func parse(_ source: String, limits: ValidationLimits) -> Result<String, GraphQLErrors> {
        let opens = source.filter { $0 == "{" }.count, closes = source.filter { $0 == "}" }.count
        guard opens > 0, opens == closes else {
            return .failure(GraphQLErrors([GraphQLError("Syntax Error: Expected Name, found <EOF>.",
                                                        locations: [SourceLocation(line: 1, column: source.count + 1)])]))
        }
        return .success(source)
    }

    func validate(_ document: String, limits: ValidationLimits) -> [GraphQLError] {
        var errors: [GraphQLError] = []
        if document.contains("__nonexistent") {
            errors.append(GraphQLError("Cannot query field \"__nonexistent\" on type \"Query\".",
                                       locations: [SourceLocation(line: 1, column: 3)]))
        }
        var depth = 0, deepest = 0
        for c in document {
            if c == "{" { depth += 1; deepest = max(deepest, depth) }
            if c == "}" { depth -= 1 }
        }
        if let maxDepth = limits.maxDepth, deepest > maxDepth {
            errors.append(GraphQLError("Query depth \(deepest) exceeds the limit of \(maxDepth)."))
        }
        return errors
    }

    func operationType(in document: String, operationName: String?) -> Result<OperationType, GraphQLError> {
        let operations = document.components(separatedBy: "query ").count - 1
        if operations > 1 && operationName == nil {
            return .failure(GraphQLError("Must provide operation name if query contains multiple operations."))
        }
        return .success(document.hasPrefix("mutation") ? .mutation : .query)
    }

    /// Mutations mentioning `cartOnly` write nothing public.
    func invalidatesCachedAnswers(_ document: String, operationName: String?) -> Bool {
        !document.contains("cartOnly")
    }

    /// Documents mentioning `fast` run synchronously, on the event loop.
    func executeSynchronously(_ document: String, operationName: String?, variables: JSONObject?, context: RequestContext) -> SynchronousOutcome {
        guard document.contains("fast") else { return .notRun }
        executions.withLock { $0[.query, default: 0] += 1 }
        synchronousExecutions.withLock { $0 += 1 }
        return .executed(.executed(data: Array("{\"fast\":true}".utf8), errors: [], cache: .public(maxAge: 60)))
    }

    /// How many executions took the synchronous path.
    let synchronousExecutions = Mutex(0)

    func execute(_ document: String, operationName: String?, variables: JSONObject?, context: RequestContext) async -> ExecutionOutcome {
        if case .null? = variables?["name"] {
            return .requestError([GraphQLError("Variable \"$name\" of non-null type \"String!\" must not be null.",
                                               locations: [SourceLocation(line: 1, column: 21)])])
        }
        let type: OperationType = document.hasPrefix("mutation") ? .mutation : .query
        executions.withLock { $0[type, default: 0] += 1 }
        if document.contains("slow") { try? await Task.sleep(for: .milliseconds(300)) }
        contexts.withLock { $0.append(context) }
        if document.contains("boom") {
            return .executed(data: Array("{\"boom\":null}".utf8),
                             errors: [GraphQLError("Unexpected error value: disk /var/db full", path: [.key("boom")],
                                                   underlyingDescription: "disk /var/db full")],
                             cache: .noStore)
        }
        if document.contains("forbidden") {
            return .executed(data: Array("{\"forbidden\":null}".utf8),
                             errors: [GraphQLError("Not allowed.", path: [.key("forbidden")], extensions: ["code": .string("FORBIDDEN")])],
                             cache: .noStore)
        }
        if document.contains("cart") {
            return .executed(data: Array("{\"cart\":{\"id\":\"c1\"}}".utf8), errors: [], cache: .noStore)
        }
        return .executed(data: Array("{\"__typename\":\"\(type == .query ? "Query" : "Mutation")\"}".utf8), errors: [], cache: .public(maxAge: 60))
    }
}

/// Starts the app over the test engine on an ephemeral port, runs `body`, then stops.
func withApp(_ configure: (inout AppConfiguration) -> Void = { _ in },
             logLines: LogLines? = nil,
             _ body: (Int, TestEngine, ConcordApp<TestEngine>) async throws -> Void) async throws {
    var configuration = AppConfiguration()
    configuration.tokens = [
        AccessToken(name: "storefront", kind: .storefront, token: "public-token"),
        AccessToken(name: "partner-acme", kind: .partner, token: "partner-token", rateLimit: RateLimit(perSecond: 0.001, burst: 3)),
        AccessToken(name: "editor", kind: .editor, token: "editor-token"),
    ]
    configuration.cors = CORSPolicy(allowedOrigins: ["https://shop.example"])
    configure(&configuration)
    let engine = TestEngine()
    let sink: @Sendable (String) -> Void = { line in logLines?.append(line) }
    let app = ConcordApp(engine: engine, configuration: configuration, accessLog: AccessLog(sink: sink), log: sink)
    var serverConfiguration = HTTPServerConfiguration(host: "127.0.0.1", port: 0)
    serverConfiguration.eventLoopCount = 1
    let server = HTTPServer(configuration: serverConfiguration, handler: app.handler)
    try server.start()
    do {
        try await body(server.port, engine, app)
    } catch {
        server.shutdown()
        await server.stopped()
        throw error
    }
    server.shutdown()
    await server.stopped()
}

let storefront = ("Authorization", "Bearer public-token")
let gqlAccept = ("Accept", "application/graphql-response+json")
let jsonAccept = ("Accept", "application/json")
let jsonBody = ("Content-Type", "application/json")

/// Lines written by the access log and the server log during a test.
final class LogLines: Sendable {
    private let lines = Mutex<[String]>([])
    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}
