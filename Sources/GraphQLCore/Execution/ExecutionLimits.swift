// Backstops for one execution: how large its response may grow and how long it may run.

/// Limits on one execution; `nil` turns a limit off (the default has both off). The executor
/// checks them every `ExecutionLimits.checkInterval` fields and list items, so a response
/// may pass `maxResponseBytes` by what that many fields write before it stops.
public struct ExecutionLimits: Sendable, Hashable {
    /// The most bytes the `data` entry may take (the values of asynchronous fields included);
    /// past it execution stops with a `RESPONSE_TOO_LARGE` error and no data.
    public var maxResponseBytes: Int?
    /// The most seconds execution may take from its start; past it, execution stops with a
    /// `TIMEOUT` error and no data. An asynchronous resolver already awaited is not interrupted:
    /// the limit is checked while the executor completes values.
    public var timeout: Double?

    /// How many fields and list items the executor completes between two checks.
    public static let checkInterval = 256

    /// Creates limits; both are off unless given.
    public init(maxResponseBytes: Int? = nil, timeout: Double? = nil) {
        self.maxResponseBytes = maxResponseBytes
        self.timeout = timeout
    }

    /// Whether both limits are off.
    public var isEmpty: Bool { maxResponseBytes == nil && timeout == nil }
}
