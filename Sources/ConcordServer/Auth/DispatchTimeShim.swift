import Dispatch

/// The monotonic clock, through Dispatch.
enum DispatchTimeShim {
    static func uptimeNanoseconds() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
}
