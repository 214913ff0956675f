import Foundation

/// The schema's `DateTime`: ISO 8601 with a UTC offset.
public enum DateTimeFormat {
    /// Formats a date as `2026-11-24T17:00:00Z` (milliseconds when there are any).
    public static func format(_ date: Date) -> String {
        let whole = date.timeIntervalSince1970.rounded(.down) == date.timeIntervalSince1970
        return (whole ? ISO8601DateFormatter() : fractional).string(from: date)
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
