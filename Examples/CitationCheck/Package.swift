// swift-tools-version:6.0
// A package of someone else's that uses docgraph as a library: it depends on `DocGraph` alone,
// so it builds where Graphviz is not installed (README, "Using docgraph as a library").
import PackageDescription

let package = Package(
    name: "CitationCheck",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "docgraph", path: "../..")],
    targets: [
        .executableTarget(name: "CitationCheck", dependencies: [.product(name: "DocGraph", package: "docgraph")]),
    ]
)
