#if canImport(Glibc)
import Glibc
#endif

/// epoll(7) and eventfd(2), which the Glibc module does not export: the functions are looked up
/// in the C library by name and called with the C convention; `epoll_event` is laid out by hand
/// (packed, 12 bytes, on x86_64; 16 bytes elsewhere).
enum Epoll {
    static let input: UInt32 = 0x001
    static let output: UInt32 = 0x004
    static let error: UInt32 = 0x008
    static let hangUp: UInt32 = 0x010
    static let readHangUp: UInt32 = 0x2000
    static let exclusive: UInt32 = 1 << 28
    static let add: Int32 = 1
    static let delete: Int32 = 2
    static let modify: Int32 = 3

    #if arch(x86_64)
    static let eventSize = 12
    static let dataOffset = 4
    #else
    static let eventSize = 16
    static let dataOffset = 8
    #endif

    private typealias CreateFunction = @convention(c) (Int32) -> Int32
    private typealias ControlFunction = @convention(c) (Int32, Int32, Int32, UnsafeMutableRawPointer?) -> Int32
    private typealias WaitFunction = @convention(c) (Int32, UnsafeMutableRawPointer, Int32, Int32) -> Int32
    private typealias EventFDFunction = @convention(c) (UInt32, Int32) -> Int32

    private static let createFunction = unsafeBitCast(symbol("epoll_create1"), to: CreateFunction.self)
    private static let controlFunction = unsafeBitCast(symbol("epoll_ctl"), to: ControlFunction.self)
    private static let waitFunction = unsafeBitCast(symbol("epoll_wait"), to: WaitFunction.self)
    private static let eventFDFunction = unsafeBitCast(symbol("eventfd"), to: EventFDFunction.self)

    private static func symbol(_ name: String) -> UnsafeMutableRawPointer {
        guard let pointer = dlsym(dlopen(nil, RTLD_NOW), name) else { fatalError("the C library has no \(name)") }
        return pointer
    }

    /// `epoll_create1(EPOLL_CLOEXEC)`.
    static func create() -> Int32 { createFunction(O_CLOEXEC) }

    /// `eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)`.
    static func eventFD() -> Int32 { eventFDFunction(0, O_NONBLOCK | O_CLOEXEC) }

    /// `epoll_ctl` with the descriptor itself as the event's data.
    @discardableResult
    static func control(_ epollFD: Int32, _ operation: Int32, _ fd: Int32, _ events: UInt32) -> Int32 {
        var buffer = (UInt64(0), UInt64(0))
        return withUnsafeMutableBytes(of: &buffer) { raw in
            raw.storeBytes(of: events, toByteOffset: 0, as: UInt32.self)
            raw.storeBytes(of: UInt64(UInt32(bitPattern: fd)), toByteOffset: dataOffset, as: UInt64.self)
            return controlFunction(epollFD, operation, fd, raw.baseAddress)
        }
    }

    /// A buffer of events for `epoll_wait`.
    struct Events: ~Copyable {
        let capacity: Int
        let pointer: UnsafeMutableRawPointer

        init(capacity: Int) {
            self.capacity = capacity
            pointer = UnsafeMutableRawPointer.allocate(byteCount: capacity * Epoll.eventSize, alignment: 8)
        }

        deinit { pointer.deallocate() }

        /// Waits up to `timeout` milliseconds (-1: forever); returns the count or -1.
        func wait(_ epollFD: Int32, timeout: Int32) -> Int32 {
            Epoll.waitFunction(epollFD, pointer, Int32(capacity), timeout)
        }

        /// The ready events of entry `i`.
        func events(_ i: Int) -> UInt32 {
            pointer.loadUnaligned(fromByteOffset: i * Epoll.eventSize, as: UInt32.self)
        }

        /// The descriptor of entry `i`.
        func fd(_ i: Int) -> Int32 {
            Int32(bitPattern: UInt32(truncatingIfNeeded: pointer.loadUnaligned(fromByteOffset: i * Epoll.eventSize + Epoll.dataOffset, as: UInt64.self)))
        }
    }
}
