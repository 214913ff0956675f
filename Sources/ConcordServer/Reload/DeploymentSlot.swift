import Synchronization

/// The deployment a `CommerceService` serves now: each request reads it once as it begins, and a
/// reload replaces it in one step.
final class DeploymentSlot: Sendable {
    private let slot: Mutex<ServiceDeployment?> = Mutex(nil)

    /// The deployment serving now (set before the server starts).
    var current: ServiceDeployment {
        slot.withLock { $0 }!
    }

    /// The deployment serving now, or nil before the first one is set.
    var currentIfSet: ServiceDeployment? {
        slot.withLock { $0 }
    }

    /// Puts `deployment` in the slot; the one it replaces goes when its last request is answered.
    func replace(with deployment: ServiceDeployment) {
        let previous = slot.withLock { slot -> ServiceDeployment? in
            defer { slot = deployment }
            return slot
        }
        _ = previous  // released here, outside the lock
    }
}
