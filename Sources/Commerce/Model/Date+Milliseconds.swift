import Foundation

extension Date {
    /// Whole milliseconds since 1970, the form every backend stores and sorts by.
    package var milliseconds: Int64 { Int64((timeIntervalSince1970 * 1000).rounded()) }

    /// A date from whole milliseconds since 1970.
    package init(milliseconds: Int64) { self.init(timeIntervalSince1970: Double(milliseconds) / 1000) }

    /// The date as a backend that stores `milliseconds` reads it back.
    package var inWholeMilliseconds: Date { Date(milliseconds: milliseconds) }
}
