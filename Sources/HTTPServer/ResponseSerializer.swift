#if canImport(Glibc)
import Glibc
#endif

/// Writes responses as HTTP/1.1 bytes, adding Content-Length, Connection and Date.
struct ResponseSerializer {
    private var dateLine: [UInt8] = []
    private var dateSecond: time_t = -1
    let sendsDate: Bool

    init(sendsDate: Bool) { self.sendsDate = sendsDate }

    /// Appends `response` to `out`. `close` adds `Connection: close`; `keepAlive10` adds
    /// `Connection: keep-alive` for an HTTP/1.0 client that asked for it. `headOnly` omits the body.
    mutating func write(_ response: HTTPResponse, close: Bool, keepAlive10: Bool, headOnly: Bool, into out: inout [UInt8]) {
        let status = (100...999).contains(response.status) ? response.status : 500
        out.append(contentsOf: "HTTP/1.1 \(status) \(HTTPStatus.reasonPhrase(status))\r\n".utf8)
        for (name, value) in response.headers {
            if HTTPHeaders.equalsIgnoringCase(name, "Content-Length") || HTTPHeaders.equalsIgnoringCase(name, "Connection")
                || HTTPHeaders.equalsIgnoringCase(name, "Transfer-Encoding") || HTTPHeaders.equalsIgnoringCase(name, "Date") {
                continue
            }
            Self.appendSafe(name, to: &out)
            out.append(ByteClass.colon)
            out.append(ByteClass.space)
            Self.appendSafe(value, to: &out)
            out.append(ByteClass.cr)
            out.append(ByteClass.lf)
        }
        let bodyAllowed = status >= 200 && status != 204 && status != 304
        if bodyAllowed {
            out.append(contentsOf: "Content-Length: \(response.body.count)\r\n".utf8)
        }
        if sendsDate { appendDate(to: &out) }
        if close {
            out.append(contentsOf: "Connection: close\r\n".utf8)
        } else if keepAlive10 {
            out.append(contentsOf: "Connection: keep-alive\r\n".utf8)
        }
        out.append(ByteClass.cr)
        out.append(ByteClass.lf)
        if bodyAllowed && !headOnly { out.append(contentsOf: response.body) }
    }

    /// Appends header text, turning CR, LF and NUL into spaces so no field can be injected.
    private static func appendSafe(_ text: String, to out: inout [UInt8]) {
        for b in text.utf8 {
            out.append(b == ByteClass.cr || b == ByteClass.lf || b == 0 ? ByteClass.space : b)
        }
    }

    /// Appends `Date: <IMF-fixdate>`, formatted at most once a second.
    private mutating func appendDate(to out: inout [UInt8]) {
        var now = time(nil)
        if now != dateSecond {
            dateSecond = now
            var parts = tm()
            gmtime_r(&now, &parts)
            let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
            let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
            let text = "Date: \(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
                + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT\r\n"
            dateLine = Array(text.utf8)
        }
        out.append(contentsOf: dateLine)
    }
}
