// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "seekpass-composer",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "seekpass-composer", targets: ["seekpass-composer"]),
        .library(name: "PassCore", targets: ["PassCore"]),
        .library(name: "ComposerKit", targets: ["ComposerKit"]),
        .library(name: "PassSandbox", targets: ["PassSandbox"]),
        .library(name: "TerminalUI", targets: ["TerminalUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // ncursesw, wide-character build, behind a small shim header.
        .systemLibrary(
            name: "CNcurses",
            path: "Sources/CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        // libqrencode, for the redirect URI as a QR code.
        .systemLibrary(
            name: "CQRencode",
            path: "Sources/CQRencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // The partner API: payload model, validation rules, canonical JSON, client.
        .target(
            name: "PassCore",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // The composer's view-model: state, actions, pure update. No terminal.
        .target(name: "ComposerKit", dependencies: ["PassCore"]),
        // The ncurses front end: terminal backends, themes, widgets, screens.
        .target(name: "TerminalUI", dependencies: ["ComposerKit", "CNcurses", "CQRencode"]),
        // A local partner-API server on loopback, for demos and tests.
        .target(
            name: "PassSandbox",
            dependencies: [
                "PassCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                // The HTTP/1 child channel, wrapped for the connection timeouts and bound.
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "seekpass-composer",
            dependencies: [
                "PassCore", "ComposerKit", "TerminalUI", "PassSandbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Test support shared by every test target: the built binary, waits, temporary folders,
        // a fake clock, loopback servers, tmux sessions; and the guard that gives every test
        // process a HOME of its own and fails it if the user's real folders changed.
        .target(name: "TestGuard", path: "Tests/TestGuard"),
        .target(name: "TestSupport", dependencies: ["TestGuard", "PassCore", "ComposerKit"], path: "Tests/TestSupport"),
        // Writes docs/screens/ from the program: `swift run seekpass-screens`.
        .executableTarget(name: "seekpass-screens", dependencies: ["TestSupport"], path: "Tests/Screens"),
        .testTarget(name: "PassCoreTests", dependencies: ["PassCore", "TestSupport", .product(name: "Logging", package: "swift-log")], resources: [.copy("Fixtures")]),
        // Runs the built program on good and hostile input; depending on it makes `swift test` build it.
        .testTarget(name: "CommandTests", dependencies: ["seekpass-composer", "PassCore", "ComposerKit", "TestSupport"]),
        .testTarget(
            name: "PassSandboxTests",
            dependencies: [
                "PassSandbox", "PassCore", "ComposerKit", "seekpass-composer", "TestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "ComposerKitTests", dependencies: ["ComposerKit", "TestSupport"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "TestSupport"]),
        // Drives the built binary in tmux; depends on it so `swift test` builds it first.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["seekpass-composer", "PassCore", "TestSupport", .product(name: "AsyncHTTPClient", package: "async-http-client")]
        ),
        .testTarget(
            name: "SubmitFlowTests",
            dependencies: [
                "TerminalUI", "ComposerKit", "PassCore", "PassSandbox", "TestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
