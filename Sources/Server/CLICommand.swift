import Foundation

/// One subcommand of `concord`.
protocol CLICommand {
    /// The word after `concord`.
    var name: String { get }
    /// One line for the usage text.
    var summary: String { get }
    /// Runs the command with the arguments after its name; returns the exit status.
    func run(_ arguments: [String]) -> Int32
}

extension CLICommand {
    /// Writes a line to standard error.
    func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
