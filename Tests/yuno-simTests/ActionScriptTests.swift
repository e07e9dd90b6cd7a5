import Foundation
import Hummingbird
import Synchronization
import Testing
import YunoSimTesting
import YunoMerchant
import YunoSimCore

/// `.github/yuno-sim-action.sh`, the GitHub Action's logic, run with the variables GitHub sets
/// against a release served from 127.0.0.1 as GitHub serves release assets
/// (`SERVER/OWNER/NAME/releases/download/vVERSION/ASSET`).
@Suite struct ActionScriptTests {
    private static let script = ChildProcess.packageRoot.appendingPathComponent(".github/yuno-sim-action.sh").path
    private static let version = YunoSimVersion.current
    private static let releasePath = "/acme/yuno-sim/releases/download/v\(version)/"

    /// A folder standing in for the runner: RUNNER_TEMP, the workspace, GITHUB_OUTPUT and GITHUB_PATH.
    private struct Runner {
        let root: URL
        var temp: URL { root.appendingPathComponent("runner-temp") }
        var workspace: URL { root.appendingPathComponent("workspace") }
        var outputFile: URL { root.appendingPathComponent("github-output") }
        var pathFile: URL { root.appendingPathComponent("github-path") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("yuno-sim-action-\(UUID().uuidString)")
            for folder in [temp, workspace] {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            }
        }

        /// What the step wrote to GITHUB_OUTPUT, as name → value.
        var outputs: [String: String] {
            let text = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
            return Dictionary(text.split(separator: "\n").compactMap { line in
                line.firstIndex(of: "=").map { (String(line[..<$0]), String(line[line.index(after: $0)...])) }
            }, uniquingKeysWith: { $1 })
        }

        func environment(server: String, inputs: [String: String], actionPath: String = ChildProcess.packageRoot.path) -> [String: String] {
            var environment = [
                "GITHUB_ACTIONS": "true", "CI": "true", "RUNNER_OS": "Linux", "RUNNER_ARCH": "X64",
                "RUNNER_TEMP": temp.path, "GITHUB_WORKSPACE": workspace.path,
                "GITHUB_OUTPUT": outputFile.path, "GITHUB_PATH": pathFile.path,
                "GITHUB_ACTION_PATH": actionPath, "GITHUB_SERVER_URL": server,
                "GITHUB_ACTION_REPOSITORY": "acme/yuno-sim", "GITHUB_REPOSITORY": "merchant/shop",
                "INPUT_SCENARIO": "", "INPUT_TARGET": "", "INPUT_ARGS": "", "INPUT_VERSION": "",
            ]
            environment.merge(inputs) { $1 }
            return environment
        }

        /// An executable script that runs the debug build: packing the debug binary itself would
        /// spend seconds compressing it, and the layout, not the binary, is under test. A child
        /// writes it: a file this process had open for writing when another test spawned a child
        /// could not be run until that child exec'd ("Text file busy").
        func standIn() async throws -> String {
            let path = root.appendingPathComponent("stand-in/yuno-sim").path
            let written = try await ChildProcess.run(
                ["-c", #"mkdir -p "${2%/*}" && printf '#!/bin/sh\nexec "%s" "$@"\n' "$1" > "$2" && chmod 755 "$2""#,
                 "sh", ChildProcess.binary, path],
                executable: "/bin/sh"
            )
            try #require(written.exitCode == 0, "\(written.stderr)")
            return path
        }

        /// The release archive and its `.sha256`, packed by `packaging/pack.sh` as `make dist` packs.
        func release() async throws -> [String: [UInt8]] {
            let folder = root.appendingPathComponent("release")
            let packed = try await ChildProcess.run(
                [try await standIn(), folder.path], executable: ChildProcess.packageRoot.appendingPathComponent("packaging/pack.sh").path,
                environment: ["ARCH": "x86_64"]
            )
            try #require(packed.exitCode == 0, "pack.sh: \(packed.stderr)")
            var assets: [String: [UInt8]] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                assets[name] = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
            }
            return assets
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    /// Serves `assets` under `releasePath` for the duration of `body`, which gets the server's
    /// URL and the paths asked for so far.
    private static func withReleaseServer<Result: Sendable>(
        _ assets: [String: [UInt8]],
        _ body: @Sendable (String, @Sendable () -> [String]) async throws -> Result
    ) async throws -> Result {
        let requested = RequestLog()
        let router = Router()
        router.get("**") { request, _ -> Response in
            let path = request.uri.path
            requested.append(path)
            guard path.hasPrefix(releasePath), let bytes = assets[String(path.dropFirst(releasePath.count))] else {
                return Response(status: .notFound)
            }
            return Response(status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        }
        let server = HTTPServer(router: router)
        return try await server.withRunning { port in
            try await body(server.baseURL(port: port)) { requested.paths }
        }
    }

    /// The paths the release server was asked for, in order.
    private final class RequestLog: Sendable {
        private let requests = Mutex<[String]>([])
        func append(_ path: String) { requests.withLock { $0.append(path) } }
        var paths: [String] { requests.withLock { $0 } }
    }

    private static let archive = "yuno-sim-\(version)-linux-x86_64.tar.gz"

    @Test func downloadsTheReleaseVerifiesItAndRunsAShippedScenario() async throws {
        let runner = try Runner()
        defer { runner.remove() }
        let assets = try await runner.release()
        #expect(Set(assets.keys) == [Self.archive, Self.archive + ".sha256"])
        let (result, requested) = try await Self.withReleaseServer(assets) { server, requested in
            // No version input: the action's own source says which release to fetch.
            let environment = runner.environment(server: server, inputs: ["INPUT_SCENARIO": "quickstart.yaml", "INPUT_ARGS": "--seed '7'"])
            return (try await ChildProcess.run([Self.script], executable: "/bin/bash", environment: environment), requested())
        }
        #expect(result.exitCode == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(requested == [Self.releasePath + Self.archive, Self.releasePath + Self.archive + ".sha256"])
        #expect(result.stdout.contains("SHA-256 verified"))
        let bin = runner.temp.appendingPathComponent("yuno-sim-\(Self.version)/bin").path
        #expect(try String(contentsOf: runner.pathFile, encoding: .utf8) == bin + "\n")
        let outputs = runner.outputs
        #expect(outputs["exit-code"] == "0")
        for name in ["junit", "html", "json", "journal"] {
            let path = try #require(outputs[name])
            #expect(path.hasPrefix(runner.temp.path + "/"))
            #expect(FileManager.default.fileExists(atPath: path), "\(name) output \(path) was not written")
        }
        let json = try String(contentsOfFile: try #require(outputs["json"]), encoding: .utf8)
        #expect(json.contains("\"yuno_sim_version\": \"\(Self.version)\""))
        #expect(json.contains("share/yuno-sim/scenarios/quickstart.yaml"))
        let junit = try String(contentsOfFile: try #require(outputs["junit"]), encoding: .utf8)
        #expect(junit.contains("<property name=\"yuno_sim_version\" value=\"\(Self.version)\"/>"))
        // The archive holds what a merchant installs besides the binary.
        let unpacked = runner.temp.appendingPathComponent("yuno-sim-\(Self.version)")
        for file in ["share/bash-completion/completions/yuno-sim", "share/zsh/site-functions/_yuno-sim",
                     "share/fish/vendor_completions.d/yuno-sim.fish", "share/doc/yuno-sim/README.md",
                     "share/yuno-sim/scenarios/endpoint-drill.yaml"] {
            #expect(FileManager.default.fileExists(atPath: unpacked.appendingPathComponent(file).path), "\(file) missing")
        }
    }

    @Test func aFailingDrillFailsTheStepWithYunoSimsExitCodeAndStillReports() async throws {
        let runner = try Runner()
        defer { runner.remove() }
        let assets = try await runner.release()
        let result = try await Self.withReleaseServer(assets) { server, _ in
            // Nothing listens on port 1: every attempt fails to connect, so the event is exhausted.
            let environment = runner.environment(server: server, inputs: [
                "INPUT_SCENARIO": "quickstart.yaml", "INPUT_TARGET": "http://127.0.0.1:1/webhooks/yuno",
                "INPUT_VERSION": "v\(Self.version)",
            ])
            return try await ChildProcess.run([Self.script], executable: "/bin/bash", environment: environment)
        }
        #expect(result.exitCode == 1)
        #expect(runner.outputs["exit-code"] == "1")
        let junit = try String(contentsOfFile: try #require(runner.outputs["junit"]), encoding: .utf8)
        #expect(junit.contains("<failure message="))
        #expect(junit.contains("http://127.0.0.1:1/webhooks/yuno"))
    }

    @Test func anArchiveThatDoesNotMatchItsChecksumIsNeverRun() async throws {
        let runner = try Runner()
        defer { runner.remove() }
        var assets = try await runner.release()
        assets[Self.archive]?[100] ^= 0xff
        let result = try await Self.withReleaseServer(assets) { server, _ in
            let environment = runner.environment(server: server, inputs: ["INPUT_SCENARIO": "quickstart.yaml"])
            return try await ChildProcess.run([Self.script], executable: "/bin/bash", environment: environment)
        }
        #expect(result.exitCode == 2)
        #expect(result.stdout.contains("::error title=yuno-sim action::SHA-256 mismatch for \(Self.archive)"))
        #expect(runner.outputs.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: runner.temp.appendingPathComponent("yuno-sim-\(Self.version)").path))
    }

    /// An ARM runner asks for the aarch64 archive; the repository comes from the action's path
    /// when GitHub leaves GITHUB_ACTION_REPOSITORY empty, as it does inside composite actions.
    @Test func theRunnersArchitectureAndTheActionsRepositoryPickTheAsset() async throws {
        let runner = try Runner()
        defer { runner.remove() }
        let actionPath = runner.root.appendingPathComponent("_actions/acme/yuno-sim/v1").path
        let (result, requested) = try await Self.withReleaseServer([:]) { server, requested in
            var environment = runner.environment(server: server, inputs: [
                "INPUT_SCENARIO": "quickstart.yaml", "INPUT_VERSION": Self.version,
            ], actionPath: actionPath)
            environment["RUNNER_ARCH"] = "ARM64"
            environment["GITHUB_ACTION_REPOSITORY"] = ""
            return (try await ChildProcess.run([Self.script], executable: "/bin/bash", environment: environment), requested())
        }
        #expect(result.exitCode == 2)
        #expect(requested == [Self.releasePath + "yuno-sim-\(Self.version)-linux-aarch64.tar.gz"])
        #expect(result.stdout.contains("::error title=yuno-sim action::could not download"))
    }

    /// `version: source` builds the action's checkout with `make build` and runs what it built;
    /// a stand-in Makefile keeps the release build out of `make test`.
    @Test func versionSourceRunsWhatMakeBuildBuilt() async throws {
        let runner = try Runner()
        defer { runner.remove() }
        let checkout = runner.root.appendingPathComponent("checkout")
        try FileManager.default.createDirectory(at: checkout, withIntermediateDirectories: true)
        try "build:\n\tmkdir -p .build/release && cp '\(try await runner.standIn())' .build/release/yuno-sim\n"
            .write(to: checkout.appendingPathComponent("Makefile"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(
            at: ChildProcess.packageRoot.appendingPathComponent("scenarios/fraud-screening.yaml"),
            to: runner.workspace.appendingPathComponent("drill.yaml")
        )
        let environment = runner.environment(server: "http://127.0.0.1:1", inputs: [
            "INPUT_SCENARIO": "drill.yaml", "INPUT_VERSION": "source",
        ], actionPath: checkout.path)
        let result = try await ChildProcess.run([Self.script], executable: "/bin/bash", environment: environment)
        #expect(result.exitCode == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(try String(contentsOf: runner.pathFile, encoding: .utf8) == checkout.path + "/.build/release\n")
        let json = try String(contentsOfFile: try #require(runner.outputs["json"]), encoding: .utf8)
        #expect(json.contains("\"path\": \"drill.yaml\""))
    }
}
