import Foundation

/// When a failed delivery is tried again: the n-th retry waits `delays[n-1]` seconds, with ±20 %
/// jitter, and once the list is spent the delivery is given up. The default (Standard Webhooks'
/// schedule) retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h: 8 attempts over 27 h 35 min.
/// An answer's `Retry-After` (at most a day) is waited for when it is longer than the schedule's delay.
public struct WebhookRetrySchedule: Sendable, Hashable {
    /// The waits before each retry, in seconds.
    public var delays: [TimeInterval]

    /// The default schedule.
    public static let standard = WebhookRetrySchedule(delays: [5, 300, 1800, 7200, 18000, 36000, 36000])

    /// A schedule of `delays` seconds.
    public init(delays: [TimeInterval]) {
        self.delays = delays
    }

    /// When to try again after the `attempts`-th attempt failed at `time` (nil: give up), honouring
    /// `retryAfter` seconds.
    public func nextAttempt(after attempts: Int, at time: Date, retryAfter: TimeInterval?) -> Date? {
        guard attempts >= 1, attempts <= delays.count else { return nil }
        let jittered = delays[attempts - 1] * Double.random(in: 0.8...1.2)
        return time.addingTimeInterval(max(jittered, min(retryAfter ?? 0, 86_400)))
    }

    /// `Retry-After` as seconds from now: a number of seconds or an HTTP date; nil when neither.
    static func retryAfter(_ value: String) -> TimeInterval? {
        if let seconds = Double(value), seconds >= 0 { return seconds }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: value).map { max(0, $0.timeIntervalSinceNow) }
    }
}
