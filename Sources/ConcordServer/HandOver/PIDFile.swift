import Foundation

/// The file `concord serve --pid-file F` keeps its process id in (for `concord reload
/// --pid-file F`), and the control socket beside it, `F.sock`.
public enum PIDFile {
    /// The control socket of the server whose pid file is `path`.
    public static func socketPath(_ path: String) -> String { path + ".sock" }

    /// Writes this process's id to `path` in one step (a temporary file renamed over it).
    public static func write(_ path: String) throws {
        let temporary = path + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data("\(getpid())\n".utf8)),
              rename(temporary, path) == 0 else {
            unlink(temporary)
            throw ServerConfigurationError("cannot write the pid file \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// The process id in `path`, if it holds one.
    public static func read(_ path: String) -> Int32? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return Int32(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Removes `path` if it still holds this process's id (not that of a process that took over).
    public static func removeIfOurs(_ path: String) {
        if read(path) == getpid() { unlink(path) }
    }
}
