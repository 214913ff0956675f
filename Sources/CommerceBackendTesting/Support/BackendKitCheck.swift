import Commerce

/// What a case checks with: fresh backends of the kind under test, and small assertions that throw a
/// `BackendKitFailure` naming the backend and the kit's line.
public struct BackendKitCheck: Sendable {
    /// Where the backends came from.
    public let factory: BackendFactory
    /// Fresh, empty backends for this case.
    public let backends: CommerceBackends

    /// Creates a check over backends from `factory`.
    public init(factory: BackendFactory, backends: CommerceBackends) {
        self.factory = factory
        self.backends = backends
    }

    /// The backend's name, for messages.
    public var backend: String { factory.name }

    /// The storefront service over the backends, with every scope (tests of the call-site API).
    public func storefront(scopes: Set<Scope> = Set(Scope.allCases)) -> Storefront {
        Storefront(backends: backends, scopes: scopes)
    }

    /// A failure at the caller's line.
    public func failure(_ message: String, file: String = #fileID, line: Int = #line) -> BackendKitFailure {
        BackendKitFailure(message: message, backend: backend, file: file, line: line)
    }

    /// Fails unless `condition` holds.
    public func expect(_ condition: Bool, _ message: @autoclosure () -> String,
                       file: String = #fileID, line: Int = #line) throws {
        if !condition { throw failure(message(), file: file, line: line) }
    }

    /// Fails unless `actual` equals `expected`; the message says what was compared and both values.
    public func equal<Value: Equatable>(_ actual: Value, _ expected: Value, _ what: @autoclosure () -> String,
                                        file: String = #fileID, line: Int = #line) throws {
        if actual != expected {
            throw failure("\(what()): expected \(expected), got \(actual)", file: file, line: line)
        }
    }

    /// The value, or a failure when it is nil.
    public func require<Value>(_ value: Value?, _ what: @autoclosure () -> String,
                               file: String = #fileID, line: Int = #line) throws -> Value {
        guard let value else { throw failure("\(what()): expected a value, got nil", file: file, line: line) }
        return value
    }

    /// Fails unless `body` throws exactly `expected`.
    public func throwsError<Failure: Error & Equatable, Value>(
        _ expected: Failure, _ what: @autoclosure () -> String, file: String = #fileID, line: Int = #line,
        _ body: () async throws -> Value
    ) async throws {
        do {
            let value = try await body()
            throw failure("\(what()): expected the error \(expected), got \(value)", file: file, line: line)
        } catch let error as BackendKitFailure {
            throw error
        } catch let error as Failure where error == expected {
            return
        } catch {
            throw failure("\(what()): expected the error \(expected), got the error \(error)", file: file, line: line)
        }
    }
}
