/// `concord seed` (not built yet: its issue is in progress).
struct SeedCommand: CLICommand {
    let name = "seed"
    let summary = "(in progress)"
    func run(_ arguments: [String]) -> Int32 {
        printError("concord seed: not available yet")
        return 2
    }
}
