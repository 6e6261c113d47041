// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "docgraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DocGraph", targets: ["DocGraph"]),
        .executable(name: "docgraph", targets: ["docgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Graphviz (libgvc + libcgraph) as a C library; only Rendering/GraphvizContext.swift imports it.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(
            name: "DocGraph",
            dependencies: ["CGraphviz"]
        ),
        .executableTarget(
            name: "docgraph",
            dependencies: [
                "DocGraph",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target over the whole pipeline; see README, "Fuzzing".
        .systemLibrary(name: "CFuzzerDriver"),
        .executableTarget(
            name: "docgraph-fuzz",
            dependencies: ["CorpusSynthesis", "CFuzzerDriver"]
        ),
        // Scores extraction against hand-made gold on real documents (README, "Evaluation").
        .target(name: "DocGraphEvaluation", dependencies: ["DocGraph"]),
        // Seeded synthetic corpora and the benchmark (README, "Speed").
        .target(name: "CorpusSynthesis", dependencies: ["DocGraph"]),
        .executableTarget(
            name: "docgraph-bench",
            dependencies: [
                "DocGraph", "CorpusSynthesis", "DocGraphEvaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "DocGraphTests",
            dependencies: ["DocGraph", "CorpusSynthesis", "DocGraphEvaluation"],
            exclude: ["Golden", "Crashers"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
