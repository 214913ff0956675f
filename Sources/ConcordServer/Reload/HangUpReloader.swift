import Dispatch
import Glibc

/// Reloads a service's configuration on each SIGHUP, one at a time, off Swift's cooperative pool,
/// and logs one line per reload: what changed, or why nothing did.
public final class HangUpReloader {
    private let source: DispatchSourceSignal
    private static let queue = DispatchQueue(label: "concord.reload")

    /// Starts listening for SIGHUP: each one calls `service.reload(load)` and hands `log` the
    /// outcome (`reloaded: …` or `reload refused, still serving the previous configuration: …`).
    public init(_ service: CommerceService, load: @escaping @Sendable () throws -> ConfigurationFile,
                log: @escaping @Sendable (String) -> Void) {
        signal(SIGHUP, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGHUP, queue: Self.queue)
        source.setEventHandler { [weak service] in
            guard let service else { return }
            do { log(try service.reload(load).description) } catch {
                log("reload refused, still serving the previous configuration: \(error)")
            }
        }
        source.resume()
    }

    deinit { source.cancel() }
}
