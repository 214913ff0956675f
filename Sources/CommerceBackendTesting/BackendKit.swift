/// The backend test kit: the one suite every set of backends passes. A test target runs it by handing
/// each case a factory of fresh backends:
///
/// ```swift
/// @Test(arguments: BackendKit.cases)
/// func kit(_ check: BackendKitCase) async throws { try await check.run(myFactory) }
/// ```
///
/// A case throws `BackendKitFailure` (the message, the backend, the kit's file and line) when the
/// backends break the contract.
public enum BackendKit {
    /// Every case, group by group.
    public static var cases: [BackendKitCase] {
        BackendKitGroup.allCases.flatMap(cases(in:))
    }

    /// The cases of one group.
    public static func cases(in group: BackendKitGroup) -> [BackendKitCase] {
        switch group {
        case .catalog: return catalogCases
        case .search: return searchCases
        case .content: return contentCases
        case .carts: return cartCases + cartChannelCases
        case .checkout: return checkoutCases
        case .concurrency: return concurrencyCases
        }
    }
}
