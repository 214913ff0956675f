import Foundation

/// `concord reload --pid-file F` (or `--pid N`): asks a running `concord serve` to read its
/// configuration again, by sending it SIGHUP. The server logs what changed, or why it kept the
/// configuration it had; `/metrics` counts both (`concord_config_reloads_total`).
struct ReloadCommand: CLICommand {
    let name = "reload"
    let summary = "make a running concord serve re-read its configuration (--pid-file F or --pid N)"

    func run(_ arguments: [String]) -> Int32 {
        guard arguments.count == 2, ["--pid-file", "--pid"].contains(arguments[0]) else {
            printError("usage: concord reload --pid-file FILE | --pid PID")
            return 2
        }
        var text = arguments[1]
        if arguments[0] == "--pid-file" {
            guard let data = FileManager.default.contents(atPath: arguments[1]) else {
                printError("concord reload: cannot read \(arguments[1]): is concord serve running with --pid-file?")
                return 1
            }
            text = String(decoding: data, as: UTF8.self)
        }
        guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 0 else {
            printError("concord reload: \(arguments[1]) does not hold a process id")
            return 1
        }
        guard kill(pid, SIGHUP) == 0 else {
            let reason = errno == ESRCH ? "no such process" : String(cString: strerror(errno))
            printError("concord reload: cannot signal process \(pid): \(reason)")
            return 1
        }
        print("concord reload: sent SIGHUP to \(pid); its log says what changed")
        return 0
    }
}
