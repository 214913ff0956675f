import Foundation
import Testing
@testable import Commerce

@Suite("DateTime formatting")
struct DateTimeFormatTests {
    /// The formatters `DateTimeFormat.format` stands in for.
    private func reference(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        if date.timeIntervalSince1970.rounded(.down) != date.timeIntervalSince1970 {
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        }
        return formatter.string(from: date)
    }

    @Test("the same text as ISO8601DateFormatter for whole seconds, stored milliseconds and any fraction")
    func sameAsFoundation() {
        var generator = SystemRandomNumberGenerator()
        var dates = [Date(timeIntervalSince1970: 0), Date(milliseconds: 1), Date(milliseconds: 999), Date(milliseconds: 1_700_000_000_123),
                     Date(timeIntervalSince1970: 951_782_400), Date(milliseconds: 4_102_444_799_999)]
        for _ in 0..<5_000 {
            dates.append(Date(milliseconds: Int64.random(in: 0...4_102_444_800_000, using: &generator)))
            dates.append(Date(timeIntervalSince1970: Double(Int64.random(in: 0...4_102_444_800, using: &generator))))
            dates.append(Date(timeIntervalSince1970: Double.random(in: 0...4_102_444_800, using: &generator)))
        }
        for date in dates {
            #expect(DateTimeFormat.format(date) == reference(date), "\(date.timeIntervalSince1970)")
        }
        #expect(DateTimeFormat.format(Date(milliseconds: 1_700_000_000_123)) == "2023-11-14T22:13:20.123Z")
    }
}
