extension DiscountCode {
    /// The key a code is stored and looked up under: codes match without regard to case, so every
    /// backend keys them by this and answers `discountCodes(codes:)` by it.
    public static func key(_ code: String) -> String { code.lowercased() }
}
