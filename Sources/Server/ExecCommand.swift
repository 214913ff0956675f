/// `concord exec` (not built yet: its issue is in progress).
struct ExecCommand: CLICommand {
    let name = "exec"
    let summary = "(in progress)"
    func run(_ arguments: [String]) -> Int32 {
        printError("concord exec: not available yet")
        return 2
    }
}
