// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "docgraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DocGraph", targets: ["DocGraph"]),
        .library(name: "DocGraphRendering", targets: ["DocGraphRendering"]),
        .library(name: "DocGraphIndex", targets: ["DocGraphIndex"]),
        .library(name: "DocGraphSite", targets: ["DocGraphSite"]),
        .library(name: "DocGraphFormats", targets: ["DocGraphFormats"]),
        .executable(name: "docgraph", targets: ["docgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        // HTML for the static site (issue #17), escaped by construction.
        .package(url: "https://github.com/JohnSundell/Plot", exact: "0.14.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        // Corpus → extraction → graph → analyses → reports: pure Swift, no system library, so
        // that any package can depend on it (Examples/CitationCheck shows one).
        .target(name: "DocGraph"),
        // Graphviz (libgvc + libcgraph) as a C library; only GraphvizContext.swift imports it.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        // Diagrams: DOT text from the graph, and SVG/PNG/PDF through libgvc.
        .target(name: "DocGraphRendering", dependencies: ["DocGraph", "CGraphviz"]),
        // The persistent SQLite index (README, "The index"): GRDB over the system libsqlite3.
        .target(
            name: "DocGraphIndex",
            dependencies: ["DocGraph", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The static HTML site for reviewers (README, "The site"); pages built with Plot.
        .target(
            name: "DocGraphSite",
            dependencies: ["DocGraph", "DocGraphRendering", .product(name: "Plot", package: "Plot")]
        ),
        // poppler's GLib binding, for .pdf input; only DocGraphFormats/PopplerText.swift imports it.
        // Loaded when the first PDF is read, not linked (its ~50 libraries would load with every
        // command, `show --index` too): so no pkgConfig, whose libraries would be linked (CPoppler/shim.h).
        .systemLibrary(
            name: "CPoppler",
            providers: [.apt(["libpoppler-glib-dev"]), .brew(["poppler"])]
        ),
        // Tesseract's C API, for `--ocr` on scanned PDFs; only DocGraphFormats/PageRecognition.swift imports it.
        // Loaded when a page is first recognised, not linked (its ~60 libraries would load with every
        // command): so no pkgConfig, whose libraries would be linked (CTesseract/shim.h).
        .systemLibrary(
            name: "CTesseract",
            providers: [.apt(["libtesseract-dev", "tesseract-ocr-vie"]), .brew(["tesseract", "tesseract-lang"])]
        ),
        // .docx and .pdf input (README, "Input formats"), so that DocGraph itself needs neither
        // ZIPFoundation nor poppler.
        .target(
            name: "DocGraphFormats",
            dependencies: ["DocGraph", "CPoppler", "CTesseract", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .executableTarget(
            name: "docgraph",
            dependencies: [
                "DocGraph", "DocGraphRendering", "DocGraphIndex", "DocGraphSite", "DocGraphFormats",
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
        // Seeded synthetic corpora and the benchmark (README, "Speed"), and the fuzz harness,
        // which feeds .docx and .pdf too (README, "Fuzzing").
        .target(name: "CorpusSynthesis", dependencies: ["DocGraph", "DocGraphRendering", "DocGraphFormats"]),
        .executableTarget(
            name: "docgraph-bench",
            dependencies: [
                "DocGraph", "DocGraphRendering", "DocGraphFormats", "CorpusSynthesis", "DocGraphEvaluation", "DocGraphIndex", "DocGraphSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "DocGraphTests",
            dependencies: [
                "DocGraph", "DocGraphRendering", "DocGraphFormats", "CorpusSynthesis", "DocGraphEvaluation", "DocGraphIndex",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Golden", "Crashers", "Formats"]
        ),
        // The built binary run as users and pipelines run it: output and exit codes.
        .testTarget(name: "DocGraphEndToEndTests", dependencies: ["docgraph"]),
        // The site's pages, and the same pages loaded in headless Chromium (Tests/Browser);
        // `docgraph site` end to end, so the binary is built first.
        .testTarget(
            name: "DocGraphSiteTests",
            dependencies: ["DocGraphSite", "DocGraph", "docgraph"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
