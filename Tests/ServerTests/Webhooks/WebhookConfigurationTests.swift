import ConcordServer
import Commerce
import Foundation
import Testing

/// `webhooks` and `webhookDelivery` in `concord.json`: what is read, and the errors that name the key.
@Suite struct WebhookConfigurationTests {
    private func parse(_ text: String) throws(ServerConfigurationError) -> ConfigurationFile {
        try ConfigurationFile.parse(Array(text.utf8))
    }

    private func refusal(_ text: String) -> String {
        do { _ = try parse(text); return "accepted" } catch { return error.description }
    }

    @Test func endpointsAndDelivery() throws {
        let file = try parse("""
            {"webhooks": [{"url": "http://erp.internal:9099/hooks?shop=1", "topics": ["orders/create", "inventory/low"],
                           "secrets": ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec_c2Vjb25kIHNlY3JldCBvZiAzMiBieXRlcyEhISEhISE="]}],
             "webhookDelivery": {"retrySchedule": [1, 2.5], "timeout": 3, "pollInterval": 0.5, "concurrency": 4, "inventoryLowThreshold": 2}}
            """)
        let endpoint = try #require(file.webhooks.endpoints.first)
        #expect(endpoint.url.host == "erp.internal" && endpoint.url.port == 9099 && endpoint.url.target == "/hooks?shop=1")
        #expect(endpoint.topics == [.ordersCreate, .inventoryLow] && endpoint.secrets.count == 2)
        #expect(file.webhooks.retrySchedule.delays == [1, 2.5] && file.webhooks.timeout == 3 && file.webhooks.concurrency == 4)
        #expect(file.webhooks.inventoryLowThreshold == 2)
        #expect(try parse("{}").webhooks.retrySchedule == .standard)
    }

    @Test func refusals() {
        #expect(refusal(#"{"webhooks": [{"url": "https://erp.example/hooks", "topics": ["orders/create"], "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}]}"#)
            .contains("webhooks[0].url: \"https://erp.example/hooks\": https endpoints are not supported"))
        #expect(refusal(#"{"webhooks": [{"url": "http://a/h", "topics": ["orders/paid"], "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}]}"#)
            .contains("webhooks[0].topics: unknown topic"))
        #expect(refusal(#"{"webhooks": [{"url": "http://a/h", "topics": ["orders/create"], "secret": "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}]}"#)
            .contains("webhooks[0].secret must be whsec_"))
        #expect(refusal(#"{"webhooks": [{"url": "http://a/h", "topics": ["orders/create"]}]}"#).contains("webhooks[0] needs a secret"))
        #expect(refusal(#"{"webhooks": [{"url": "http://a/h", "topics": ["orders/create"], "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}, {"url": "http://a/h", "topics": ["orders/create"], "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}]}"#)
            .contains("webhooks[1].url is given twice"))
        #expect(refusal(#"{"webhookDelivery": {"retrySchedule": []}}"#).contains("webhookDelivery.retrySchedule must be an array"))
        #expect(refusal(#"{"webhookDelivery": {"retries": 3}}"#).contains("unknown key webhookDelivery.retries"))
    }

    @Test func retryScheduleWithJitterAndRetryAfter() {
        let schedule = WebhookRetrySchedule.standard
        let now = Date(timeIntervalSince1970: 0)
        let total = schedule.delays.reduce(0, +)
        #expect(total >= 24 * 3600, "the default schedule spans at least a day")
        for attempt in 1...schedule.delays.count {
            let wait = schedule.nextAttempt(after: attempt, at: now, retryAfter: nil)!.timeIntervalSince(now)
            #expect(wait >= schedule.delays[attempt - 1] * 0.8 && wait <= schedule.delays[attempt - 1] * 1.2)
        }
        #expect(schedule.nextAttempt(after: schedule.delays.count + 1, at: now, retryAfter: nil) == nil)
        #expect(schedule.nextAttempt(after: 1, at: now, retryAfter: 120)!.timeIntervalSince(now) == 120)
        #expect(schedule.nextAttempt(after: 1, at: now, retryAfter: 10 * 86_400)!.timeIntervalSince(now) == 86_400)
    }
}
