// Glibc's `stdout` is a plain C global, which Swift 6 rejects as shared mutable state; it is set
// before `main` and never reassigned, so this file alone imports Glibc without that check.
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Standard output, for the commands that serve: line-buffered, so that each log line and the
/// `explorer:` line reach a pipe at once.
enum StandardOutput {
    /// Makes standard output line-buffered (call before anything is written to it).
    static func useLineBuffering() {
        setvbuf(stdout, nil, _IOLBF, 0)
    }
}
