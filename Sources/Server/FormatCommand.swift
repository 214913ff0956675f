/// `concord format` (not built yet: its issue is in progress).
struct FormatCommand: CLICommand {
    let name = "format"
    let summary = "(in progress)"
    func run(_ arguments: [String]) -> Int32 {
        printError("concord format: not available yet")
        return 2
    }
}
