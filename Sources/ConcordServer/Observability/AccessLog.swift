import GraphQLCore
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// One JSON line per request: no tokens, no addresses, no query strings, no variables.
public final class AccessLog: Sendable {
    /// One request's facts.
    public struct Entry: Sendable {
        /// The request identifier.
        public var requestID: String
        /// The method.
        public var method: String
        /// The path, without the query string.
        public var path: String
        /// The status sent.
        public var status: Int
        /// Body bytes sent.
        public var bytes: Int
        /// Seconds taken.
        public var seconds: Double
        /// The token's configured name (never the token).
        public var tokenName: String?
        /// The GraphQL operation's type and name, when there was one.
        public var operationType: String?
        /// The operation's name.
        public var operationName: String?
        /// The GraphQL error codes in the response.
        public var errorCodes: [String]

        /// Creates an entry.
        public init(requestID: String, method: String, path: String, status: Int, bytes: Int, seconds: Double,
                    tokenName: String? = nil, operationType: String? = nil, operationName: String? = nil, errorCodes: [String] = []) {
            self.requestID = requestID
            self.method = method
            self.path = path
            self.status = status
            self.bytes = bytes
            self.seconds = seconds
            self.tokenName = tokenName
            self.operationType = operationType
            self.operationName = operationName
            self.errorCodes = errorCodes
        }
    }

    private let sink: @Sendable (String) -> Void
    private let drops: @Sendable () -> Int

    /// Creates a log writing lines to `sink`; `droppedLines` reports the lines it could not take.
    public init(sink: @escaping @Sendable (String) -> Void, droppedLines: @escaping @Sendable () -> Int = { 0 }) {
        self.sink = sink
        self.drops = droppedLines
    }

    /// Creates a log writing to standard output in batches through `writer`, which drops lines
    /// (and counts them) rather than wait for a reader that stopped reading.
    public convenience init(writer: BufferedLineWriter = BufferedLineWriter(fd: 1)) {
        self.init(sink: { writer.write($0) }, droppedLines: { writer.droppedLines })
    }

    /// Lines dropped because their destination could not take them.
    public var droppedLines: Int { drops() }

    /// Writes one line.
    public func record(_ entry: Entry) {
        sink(Self.line(entry, time: Self.timestamp()))
    }

    /// The JSON line for an entry.
    static func line(_ entry: Entry, time: String) -> String {
        var object: JSONObject = [
            "time": .string(time),
            "request_id": .string(entry.requestID),
            "method": .string(entry.method),
            "path": .string(entry.path),
            "status": .int(entry.status),
            "bytes": .int(entry.bytes),
            "duration_ms": .double((entry.seconds * 1_000_000).rounded() / 1000),
        ]
        if let tokenName = entry.tokenName { object["token"] = .string(tokenName) }
        if let operationType = entry.operationType { object["operation_type"] = .string(operationType) }
        if let operationName = entry.operationName { object["operation_name"] = .string(operationName) }
        if !entry.errorCodes.isEmpty { object["error_codes"] = .array(entry.errorCodes.map(JSON.string)) }
        var writer = JSONWriter(capacity: 256)
        writer.write(.object(object))
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Writes a line to standard error in one call (server diagnostics, not the access log).
    @Sendable public static func standardError(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        bytes.withUnsafeBytes { _ = write(2, $0.baseAddress, $0.count) }
    }

    /// Now, as RFC 3339 UTC with milliseconds.
    static func timestamp() -> String {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        var seconds = ts.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ n: Int32, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(parts.tm_year + 1900)-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T"
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2)).\(pad(Int32(ts.tv_nsec / 1_000_000), 3))Z"
    }
}
