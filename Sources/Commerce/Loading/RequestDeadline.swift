import Dispatch

/// The one deadline of a GraphQL request, on the monotonic clock. The server sets it around each
/// execution (`RequestDeadline.$current`), so that every upstream call the request makes gets what
/// remains of it; tasks started under it (a batch loader's batch) inherit it.
public struct RequestDeadline: Sendable, Hashable, Comparable {
    /// When it passes, in nanoseconds of `DispatchTime`'s uptime clock.
    public let uptimeNanoseconds: UInt64

    /// The deadline of the request being executed, if the server set one.
    @TaskLocal public static var current: RequestDeadline?

    /// A deadline at an instant of the uptime clock.
    public init(uptimeNanoseconds: UInt64) { self.uptimeNanoseconds = uptimeNanoseconds }

    /// The deadline `seconds` from now.
    public static func after(seconds: Double) -> RequestDeadline {
        let now = DispatchTime.now().uptimeNanoseconds
        return RequestDeadline(uptimeNanoseconds: now &+ UInt64(max(0, seconds) * 1e9))
    }

    /// Seconds left, 0 once it passed.
    public var remaining: Double {
        let now = DispatchTime.now().uptimeNanoseconds
        return now >= uptimeNanoseconds ? 0 : Double(uptimeNanoseconds - now) / 1e9
    }

    /// Whether it passed.
    public var hasPassed: Bool { remaining <= 0 }

    /// The earlier of two deadlines.
    public func earlier(_ other: RequestDeadline?) -> RequestDeadline { other.map { Swift.min(self, $0) } ?? self }

    public static func < (lhs: RequestDeadline, rhs: RequestDeadline) -> Bool { lhs.uptimeNanoseconds < rhs.uptimeNanoseconds }
}
