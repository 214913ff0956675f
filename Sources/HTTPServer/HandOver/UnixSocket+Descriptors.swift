#if canImport(Glibc)
import Glibc
#endif

/// Passing a descriptor with SCM_RIGHTS. The `CMSG_*` macros are not imported into Swift, so the
/// control message is laid out by hand as Linux defines it: a header of `cmsg_len` (size_t),
/// `cmsg_level` and `cmsg_type` (int), aligned to size_t, then the descriptor.
extension UnixSocket {
    private static let word = MemoryLayout<Int>.size
    private static func aligned(_ n: Int) -> Int { (n + word - 1) & ~(word - 1) }
    /// `CMSG_ALIGN(sizeof(struct cmsghdr))`.
    private static let header = aligned(word + 2 * MemoryLayout<Int32>.size)
    /// `CMSG_SPACE(sizeof(int))`, room for one descriptor.
    private static let space = header + aligned(MemoryLayout<Int32>.size)

    /// Sends `line` and a newline, with a duplicate of `descriptor` attached to its first byte.
    public func send(descriptor: Int32, line: String) throws(HTTPServerError) {
        var bytes = Array((line + "\n").utf8)
        let control = UnsafeMutableRawPointer.allocate(byteCount: Self.space, alignment: Self.word)
        defer { control.deallocate() }
        control.initializeMemory(as: UInt8.self, repeating: 0, count: Self.space)
        control.storeBytes(of: Self.header + MemoryLayout<Int32>.size, toByteOffset: 0, as: Int.self)
        control.storeBytes(of: SOL_SOCKET, toByteOffset: Self.word, as: Int32.self)
        control.storeBytes(of: Int32(SCM_RIGHTS), toByteOffset: Self.word + 4, as: Int32.self)
        control.storeBytes(of: descriptor, toByteOffset: Self.header, as: Int32.self)
        let sent = bytes.withUnsafeMutableBytes { data -> Int in
            var vector = iovec(iov_base: data.baseAddress, iov_len: data.count)
            return withUnsafeMutablePointer(to: &vector) { vectorPointer in
                var message = msghdr()
                message.msg_iov = vectorPointer
                message.msg_iovlen = 1
                message.msg_control = control
                message.msg_controllen = Self.space
                return sendmsg(fd, &message, Int32(MSG_NOSIGNAL))
            }
        }
        guard sent == bytes.count else {
            throw HTTPServerError(sent < 0 ? "sendmsg: \(Socket.lastError())" : "sendmsg sent \(sent) of \(bytes.count) bytes")
        }
    }

    /// Receives a descriptor (close-on-exec) and the line sent with it. Throws when the peer
    /// closed, sent no descriptor, or did not answer within the timeout.
    public func receiveDescriptor() throws(HTTPServerError) -> (descriptor: Int32, line: String) {
        var data = [UInt8](repeating: 0, count: 256)
        let control = UnsafeMutableRawPointer.allocate(byteCount: 4 * Self.space, alignment: Self.word)
        defer { control.deallocate() }
        control.initializeMemory(as: UInt8.self, repeating: 0, count: 4 * Self.space)
        var received = -1, controlLength = 0
        repeat {
            data.withUnsafeMutableBytes { raw in
                var vector = iovec(iov_base: raw.baseAddress, iov_len: raw.count)
                withUnsafeMutablePointer(to: &vector) { vectorPointer in
                    var message = msghdr()
                    message.msg_iov = vectorPointer
                    message.msg_iovlen = 1
                    message.msg_control = control
                    message.msg_controllen = 4 * Self.space
                    received = recvmsg(fd, &message, Int32(MSG_CMSG_CLOEXEC))
                    controlLength = Int(message.msg_controllen)
                }
            }
        } while received < 0 && errno == EINTR
        guard received > 0 else {
            if received == 0 { throw HTTPServerError("the peer closed the connection") }
            throw HTTPServerError(errno == EAGAIN || errno == EWOULDBLOCK ? "no answer in time" : "recvmsg: \(Socket.lastError())")
        }
        buffer.append(contentsOf: data[0..<received])
        guard let descriptor = Self.descriptor(in: control, length: controlLength) else {
            throw HTTPServerError("the peer sent no descriptor")
        }
        guard let line = try readLine() else {
            Glibc.close(descriptor)
            throw HTTPServerError("the peer closed the connection")
        }
        return (descriptor, line)
    }

    /// The first SCM_RIGHTS descriptor among the control messages (any further ones are closed).
    private static func descriptor(in control: UnsafeMutableRawPointer, length: Int) -> Int32? {
        var found: Int32?
        var offset = 0
        while offset + header <= length {
            let messageLength = control.load(fromByteOffset: offset, as: Int.self)
            let level = control.load(fromByteOffset: offset + word, as: Int32.self)
            let type = control.load(fromByteOffset: offset + word + 4, as: Int32.self)
            guard messageLength >= header, offset + messageLength <= length else { break }
            if level == SOL_SOCKET && type == Int32(SCM_RIGHTS) {
                let count = (messageLength - header) / MemoryLayout<Int32>.size
                for index in 0..<count {
                    let fd = control.load(fromByteOffset: offset + header + 4 * index, as: Int32.self)
                    if found == nil { found = fd } else { Glibc.close(fd) }
                }
            }
            offset += aligned(messageLength)
        }
        return found
    }
}
