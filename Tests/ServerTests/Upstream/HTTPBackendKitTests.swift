import CommerceBackendTesting
import Testing
@testable import Commerce
@testable import CommerceHTTP

/// The `http` backend runs the backend test kit: every catalog and content read goes over the upstream
/// contract to an in-process `upstream serve` over memory backends; the kit's writes go to those
/// memory backends directly (the contract carries reads only).
@Suite("The http backend passes the backend test kit")
struct HTTPBackendKitTests {
    @Test("http over memory", arguments: BackendKit.cases)
    func kit(_ kitCase: BackendKitCase) async throws {
        try await kitCase.run(BackendFactory(name: "http") { try UpstreamFixture().backends })
    }
}
