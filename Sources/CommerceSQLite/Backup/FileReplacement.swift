import Commerce
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts a finished file in place of another in one step: a temporary file in the target's folder,
/// flushed to disk, renamed over the target (rename is atomic within one file system), the folder
/// flushed, so the target is always either the old file or the whole new one.
struct FileReplacement {
    /// The target's path.
    let target: String
    /// The temporary file, next to the target: `.NAME.WORD-PID`, a name no other run uses at once.
    let temporary: String

    /// A replacement of `target`; `word` names the operation in the temporary file's name.
    init(target: String, word: String) {
        self.target = target
        let url = URL(fileURLWithPath: target)
        temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(word)-\(getpid())").path
    }

    /// The folder both files live in.
    var folder: String { URL(fileURLWithPath: target).deletingLastPathComponent().path }

    /// Removes the temporary file and what SQLite made beside it.
    func removeTemporary() {
        for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temporary + suffix) }
    }

    /// Flushes the temporary file and renames it over the target.
    func commit() throws {
        try Self.flush(temporary)
        guard rename(temporary, target) == 0 else {
            throw SQLiteBackupError("cannot rename \(temporary) to \(target): \(String(cString: strerror(errno)))")
        }
        try? Self.flush(folder)
    }

    /// fsync of a file or a folder.
    static func flush(_ path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SQLiteBackupError("cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw SQLiteBackupError("cannot flush \(path): \(String(cString: strerror(errno)))") }
    }
}
