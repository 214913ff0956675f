import GraphQLCore
import Synchronization

/// The trusted documents a handler serves by `documentId`, parsed and validated once when the
/// configuration is loaded: a request for one skips parsing and validation, and the cost of each
/// of its operations is computed once when it does not depend on the variables.
public final class TrustedDocuments<Engine: GraphQLEngine>: Sendable {
    /// One prepared document.
    public final class Entry: Sendable {
        /// Its id, `sha256:<hex>`.
        public let id: String
        /// Its text (the response cache's key uses it).
        public let text: String
        /// The parsed document, or the errors that kept it from being one.
        let document: Result<Engine.Document, GraphQLErrors>
        /// Validation errors (none for the documents `TrustedDocumentManifest.validate` passed).
        let validationErrors: [GraphQLError]
        /// The cost of each operation (by name, "" for the only one) whose cost reads no variable.
        private let costs = Mutex<[String: Int]>([:])

        init(_ document: TrustedDocument, engine: Engine) {
            id = document.id
            text = document.text
            self.document = engine.parse(document.text, limits: .none)
            if case .success(let parsed) = self.document { validationErrors = engine.validate(parsed, limits: .none) } else { validationErrors = [] }
        }

        /// The static cost of an operation: the one kept, else computed (and kept when it read no variable).
        func cost(_ parsed: Engine.Document, engine: Engine, operationName: String?, variables: JSONObject?) -> Int {
            let key = operationName ?? ""
            if let known = costs.withLock({ $0[key] }) { return known }
            let (cost, readsVariables) = engine.costSummary(of: parsed, operationName: operationName, variables: variables)
            if !readsVariables { costs.withLock { $0[key] = cost } }
            return cost
        }

        /// How many of its operations' costs are kept (computed once, as they read no variable).
        public var keptCosts: Int { costs.withLock { $0.count } }
    }

    private let entries: [String: Entry]

    /// Prepares `documents` with `engine`.
    public init(_ documents: [TrustedDocument], engine: Engine) {
        var entries: [String: Entry] = [:]
        for document in documents { entries[document.id] = Entry(document, engine: engine) }
        self.entries = entries
    }

    /// The document with this id (`sha256:<hex>`, or bare hex), if a manifest has it.
    public func entry(for documentId: String) -> Entry? {
        TrustedDocument.canonicalID(documentId).flatMap { entries[$0] }
    }

    /// How many documents are served.
    public var count: Int { entries.count }
}
