import Foundation

/// The schema's `DateTime`: ISO 8601 with a UTC offset.
public enum DateTimeFormat {
    /// Formats a date as `2026-11-24T17:00:00Z` (milliseconds when there are any), by hand:
    /// this runs for every DateTime field, and a formatter per call was the slow part.
    public static func format(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        // Milliseconds rounded to the nearest, as the formatter does (1.123 is 1.12299999...).
        let milliseconds = Int64((seconds * 1000).rounded())
        let (quotient, remainder) = milliseconds.quotientAndRemainder(dividingBy: 1000)
        var time = time_t(remainder < 0 ? quotient - 1 : quotient)
        var parts = tm()
        gmtime_r(&time, &parts)
        var text = pad(Int(parts.tm_year) + 1900, 4) + "-" + pad(Int(parts.tm_mon) + 1, 2) + "-" + pad(Int(parts.tm_mday), 2)
            + "T" + pad(Int(parts.tm_hour), 2) + ":" + pad(Int(parts.tm_min), 2) + ":" + pad(Int(parts.tm_sec), 2)
        if seconds.rounded(.down) != seconds {
            text += "." + pad(Int(remainder < 0 ? remainder + 1000 : remainder), 3)
        }
        return text + "Z"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// Parses an ISO 8601 date and time with an offset, with or without fractional seconds.
    public static func parse(_ text: String) -> Date? {
        ISO8601DateFormatter().date(from: text) ?? fractional.date(from: text)
    }

    private static var fractional: ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }
}
