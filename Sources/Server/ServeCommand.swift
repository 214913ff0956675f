/// `concord serve` (not built yet: its issue is in progress).
struct ServeCommand: CLICommand {
    let name = "serve"
    let summary = "(in progress)"
    func run(_ arguments: [String]) -> Int32 {
        printError("concord serve: not available yet")
        return 2
    }
}
