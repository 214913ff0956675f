import ConcordServer
import Testing

@Suite struct ServeOptionsTests {
    @Test func readsEveryOption() throws {
        let options = try ServeOptions.parse(["--port", "9090", "--config=shop.json", "--db", "/tmp/x.db", "--host", "0.0.0.0"])
        #expect(options.port == 9090)
        #expect(options.configPath == "shop.json")
        #expect(options.databasePath == "/tmp/x.db")
        #expect(options.host == "0.0.0.0")
        #expect(try ServeOptions.parse([]) == ServeOptions())
    }

    @Test(arguments: [
        (["--port", "http"], "invalid port http"),
        (["--port", "70000"], "invalid port 70000"),
        (["--verbose"], "unknown option --verbose"),
        (["--db"], "--db needs a value"),
    ])
    func refusesBadOptions(_ arguments: [String], _ message: String) {
        do throws(ServerConfigurationError) {
            _ = try ServeOptions.parse(arguments)
            Issue.record("accepted \(arguments)")
        } catch {
            #expect(error.description == message)
        }
    }
}

@Suite struct ServeHandOverOptionsTests {
    @Test func pidFileAndTakeOver() throws {
        let started = try ServeOptions.parse(["--pid-file", "/run/concord.pid"])
        #expect(started.pidFilePath == "/run/concord.pid" && started.takeOverPath == nil)
        #expect(started.writtenPidFile == "/run/concord.pid")
        let taking = try ServeOptions.parse(["--take-over=/run/concord.pid"])
        #expect(taking.takeOverPath == "/run/concord.pid" && taking.writtenPidFile == "/run/concord.pid",
                "the new process writes the pid file it took over")
        #expect(throws: ServerConfigurationError.self) { try ServeOptions.parse(["--take-over", ""]) }
    }
}
