// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "seekpass-composer",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "seekpass-composer", targets: ["seekpass-composer"]),
        .library(name: "PassCore", targets: ["PassCore"]),
        .library(name: "ComposerKit", targets: ["ComposerKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
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
        .target(name: "PassCore"),
        // The composer's view-model: state, actions, pure update. No terminal.
        .target(name: "ComposerKit", dependencies: ["PassCore"]),
        // The ncurses front end: terminal backends, themes, widgets, screens.
        .target(name: "TerminalUI", dependencies: ["ComposerKit", "CNcurses", "CQRencode"]),
        .executableTarget(
            name: "seekpass-composer",
            dependencies: [
                "PassCore", "ComposerKit", "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PassCoreTests", dependencies: ["PassCore"], resources: [.copy("Fixtures")]),
        // Runs the built program on good and hostile input; depending on it makes `swift test` build it.
        .testTarget(name: "CommandTests", dependencies: ["seekpass-composer", "PassCore"]),
        .testTarget(name: "ComposerKitTests", dependencies: ["ComposerKit"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        // Drives the built binary in tmux; depends on it so `swift test` builds it first.
        .testTarget(name: "EndToEndTests", dependencies: ["seekpass-composer"]),
    ],
    swiftLanguageModes: [.v6]
)
