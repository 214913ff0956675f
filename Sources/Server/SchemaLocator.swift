import Foundation

/// Where `schema.graphql` is: the working directory, or a folder above the executable.
enum SchemaLocator {
    /// The first `schema.graphql` found, or nil.
    static func path() -> String? {
        var candidates = [FileManager.default.currentDirectoryPath + "/schema.graphql"]
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            candidates.append(folder.appendingPathComponent("schema.graphql").path)
            folder = folder.deletingLastPathComponent()
        }
        return candidates.first { FileManager.default.isReadableFile(atPath: $0) }
    }
}
