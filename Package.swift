// swift-tools-version:6.1
import PackageDescription

// Dependencies point one way:
//   CCurl, CEpoll ← YunoCurl ─┐
//          YunoSimCore ← YunoMerchant ← yuno-sim (the only importer of ArgumentParser)
// YunoSimCore knows nothing about curl; it talks to the `Transport` protocol.
let package = Package(
    name: "yuno-sim",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "yuno-sim", targets: ["yuno-sim"]),
        .library(name: "YunoSimCore", targets: ["YunoSimCore"]),
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
        .executableTarget(
            name: "yuno-sim",
            dependencies: [
                "YunoSimCore",
                "YunoCurl",
                "YunoMerchant",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench` only: the socket-free scheduler and pipeline measurements.
        .executableTarget(name: "yuno-sim-bench", dependencies: ["YunoSimCore"]),
        .testTarget(name: "YunoSimCoreTests", dependencies: ["YunoSimCore"]),
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
                "yuno-sim", "YunoSimCore", "YunoCurl", "YunoMerchant",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
