// swift-tools-version: 6.1
import PackageDescription

// The benchmark suite, kept apart from the main package so `swift test` stays fast.
// Run: cd Benchmarks && swift package benchmark
// The parent package's identity is its folder's name, whatever the clone is called.
let parent = String(Context.packageDirectory.split(separator: "/").dropLast().last ?? "seekpass-composer").lowercased()

let package = Package(
    name: "seekpass-composer-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "ComposerBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "PassCore", package: parent),
                .product(name: "ComposerKit", package: parent),
                .product(name: "TerminalUI", package: parent),
            ],
            path: "Benchmarks/ComposerBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
