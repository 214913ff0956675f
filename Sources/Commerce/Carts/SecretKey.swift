/// Unguessable keys for carts and orders: whoever holds a cart's id can change it.
package enum SecretKey {
    /// 128 random bits as 32 lowercase hex digits, from the system's secure generator.
    package static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let high = generator.next() as UInt64, low = generator.next() as UInt64
        let hex = String(high, radix: 16).leftPadded(16) + String(low, radix: 16).leftPadded(16)
        return hex
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
