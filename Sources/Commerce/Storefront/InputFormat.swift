/// Format checks for input strings.
enum InputFormat {
    /// `local@domain.tld`, no spaces, at most 254 bytes.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard text.utf8.count <= 254, parts.count == 2, !parts[0].isEmpty, !text.contains(" ") else { return false }
        let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return domain.count >= 2 && domain.allSatisfy { !$0.isEmpty }
    }

    /// E.164: `+` then 7 to 15 digits, the first not 0.
    static func isPhone(_ text: String) -> Bool {
        let digits = text.utf8.dropFirst()
        return text.utf8.first == UInt8(ascii: "+") && (7...15).contains(digits.count)
            && digits.allSatisfy { $0 >= 48 && $0 <= 57 } && digits.first != 48
    }

    /// Two uppercase ASCII letters.
    static func isCountryCode(_ text: String) -> Bool {
        text.utf8.count == 2 && text.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
    }

    /// Lowercase letters, digits and single dashes between them, at most 255 bytes.
    static func isHandle(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 255, text.first != "-", text.last != "-", !text.contains("--") else { return false }
        return text.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "-") }
    }

    /// A BCP 47 tag of the form `de` or `de-AT`.
    static func isLocale(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts[0].count == 2, parts[0].utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return false }
        return parts.count == 1 || (parts[1].count == 2 && parts[1].utf8.allSatisfy { $0 >= 65 && $0 <= 90 })
    }

    /// An absolute http(s) URL.
    static func isAbsoluteURL(_ text: String) -> Bool {
        (text.hasPrefix("https://") || text.hasPrefix("http://")) && text.count > 8 && !text.contains(" ")
    }

    /// An absolute URL or a storefront path starting with `/`.
    static func isLinkTarget(_ text: String) -> Bool {
        isAbsoluteURL(text) || (text.hasPrefix("/") && !text.hasPrefix("//") && !text.contains(" "))
    }
}
