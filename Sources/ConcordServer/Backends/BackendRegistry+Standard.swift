import Commerce
import CommerceHTTP
import CommerceMemory
import CommercePostgres
import CommerceSQLite

extension BackendRegistry {
    /// The backends `concord` ships with: `sqlite`, `memory` and `postgres` for every domain, `http` for
    /// the catalog and content. A
    /// backend in another target plugs in by registering its factories beside these.
    public static var standard: BackendRegistry {
        var registry = BackendRegistry()
        registry.registerSQLite()
        registry.registerMemory()
        registry.registerPostgres()
        registry.registerHTTP()
        return registry
    }
}
