import Commerce
import Foundation

/// The writes an `http` catalog refuses: the contract has reads only.
extension HTTPCatalogBackend {
    public func writeCatalog<T: Sendable>(_ body: @Sendable (any CatalogTransaction) throws -> T) async throws -> T {
        throw UpstreamReadOnlyError(service: upstream.options.service)
    }

    public func adjustInventory(variantID: Int64, location: String, delta: Int, maximum: Int) async throws -> InventoryAdjustment {
        throw UpstreamReadOnlyError(service: upstream.options.service)
    }

    public func takeInventory(_ quantities: [Int64: Int], from locations: [String], reservation: String) async throws -> InventoryTake {
        throw UpstreamReadOnlyError(service: upstream.options.service)
    }

    public func returnInventory(reservation: String) async throws -> Bool {
        throw UpstreamReadOnlyError(service: upstream.options.service)
    }

    public func settleInventory(reservation: String) async throws {
        throw UpstreamReadOnlyError(service: upstream.options.service)
    }

    /// None: this server takes no stock through the upstream, so it has nothing to recover.
    public func inventoryReservations(before time: Date) async throws -> [String] { [] }
}
