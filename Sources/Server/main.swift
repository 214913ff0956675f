// The `concord` command line.
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
FileHandle.standardError.write("usage: concord <command> ...\n".data(using: .utf8)!)
exit(2)
