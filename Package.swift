// swift-tools-version:6.1
import PackageDescription

// Dependencies point one way:
//   CCurl, CEpoll ← YunoCurl ─┐
//          YunoSimCore ← YunoMerchant ← YunoSimRun ← yuno-sim (the only importer of ArgumentParser)
// YunoSimRun runs what the commands ask for (scenario runs, reports, send, merchant, signals);
// YunoSimTesting is what several test targets share.
// YunoSimCore knows nothing about curl; it talks to the `Transport` protocol.
//
// Linux only: the curl threads wait on epoll and eventfd (CEpoll) and the code imports Glibc.
// SwiftPM has no way to declare "Linux only", so no Apple platform is declared either.
let package = Package(
    name: "yuno-sim",
    products: [
        .executable(name: "yuno-sim", targets: ["yuno-sim"]),
        .library(name: "YunoSimCore", targets: ["YunoSimCore"]),
        .library(name: "YunoSimTesting", targets: ["YunoSimTesting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // Already in Hummingbird's graph; named to shut the embedded merchant down gracefully.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
        // Tests only (YunoSimTesting): runs the built binary as a user would.
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCurl",
            path: "Sources/CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        // epoll and eventfd for the curl event loops (Linux only, like the rest of the tool).
        .systemLibrary(name: "CEpoll", path: "Sources/CEpoll"),
        .target(
            name: "YunoSimCore",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
            ]
        ),
        .target(
            name: "YunoCurl",
            dependencies: ["CCurl", "CEpoll", "YunoSimCore"]
        ),
        .target(
            name: "YunoMerchant",
            dependencies: [
                "YunoSimCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // Run orchestration: everything a command does once its arguments are parsed.
        .target(
            name: "YunoSimRun",
            dependencies: [
                "YunoSimCore", "YunoCurl", "YunoMerchant",
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "yuno-sim",
            dependencies: [
                "YunoSimCore",
                "YunoCurl",
                "YunoMerchant",
                "YunoSimRun",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What tests drive the code with, as HummingbirdTesting: the in-memory transport that
        // runs jobs like the curl one, the manual clock, gates; child processes, TLS
        // certificates and delivery logs for the end-to-end tests.
        .target(
            name: "YunoSimTesting",
            dependencies: [
                "YunoSimCore", "YunoMerchant",
                .product(name: "Subprocess", package: "swift-subprocess"),
            ]
        ),
        // `make bench` only: the socket-free scheduler and pipeline measurements.
        .executableTarget(name: "yuno-sim-bench", dependencies: ["YunoSimCore", "YunoSimTesting"]),
        .testTarget(name: "YunoSimCoreTests", dependencies: ["YunoSimCore", "YunoSimTesting"], exclude: ["Fixtures"]),
        .testTarget(
            name: "YunoCurlTests",
            dependencies: [
                "YunoCurl", "YunoSimCore", "YunoMerchant",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "yuno-simTests",
            dependencies: [
                "yuno-sim", "YunoSimCore", "YunoCurl", "YunoMerchant", "YunoSimTesting",
                .product(name: "Hummingbird", package: "hummingbird"),
                // The TLS tests' HTTPS receiver.
                .product(name: "HummingbirdTLS", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "YunoSimRunTests",
            dependencies: [
                "YunoSimRun", "YunoSimCore", "YunoCurl", "YunoMerchant", "YunoSimTesting",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
