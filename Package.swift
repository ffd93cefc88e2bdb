// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Sapha",
    products: [
        .executable(name: "sapha", targets: ["sapha"]),
        .library(name: "SaphaCore", targets: ["SaphaCore"]),
    ],
    dependencies: [
        // Tests only: the reference Sapha's own Mustache compiler is checked against (README,
        // "Dependencies", says why pages are not rendered with it). Pinned to the minor version
        // the comparison and MustacheSpecTests' table of its deviations from the Mustache spec
        // were made with, so that an upstream release cannot change the reference under the tests.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", .upToNextMinor(from: "2.1.1")),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // `sapha serve` only: the preview server lives in its own target, so the engine
        // (SaphaCore) does not depend on SwiftNIO.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // YAML through libyaml's parser (Debian libyaml-dev); SaphaCore's YAMLComposer builds the
        // node tree (README, "Dependencies", says why not Yams).
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Thai word segmentation for the search index, through ICU's C API (Debian libicu-dev).
        // A C target, because ICU renames its functions by version with macros Swift cannot see.
        .target(
            name: "CThaiWords",
            linkerSettings: [.linkedLibrary("icuuc")]
        ),
        // Linux calls the writer needs (renameat2 exchange, statx mount check) that glibc
        // declares only under _GNU_SOURCE.
        .target(name: "CFileSystem"),
        // The layers, bottom up (docs/architecture.md): SaphaSupport (support code, diagnostics
        // and the message catalogue) ← SaphaTemplates (the Mustache compiler) ← SaphaCore
        // (model, markup, load, theme, link, render, write, pipeline). A target cannot import
        // one above it, so the compiler keeps these boundaries.
        .target(name: "SaphaSupport"),
        .target(name: "SaphaTemplates", dependencies: ["SaphaSupport"]),
        .target(
            name: "SaphaCore",
            dependencies: [
                "SaphaSupport",
                "SaphaTemplates",
                "CCmarkGFM",
                "CThaiWords",
                "CFileSystem",
                "CLibYAML",
            ]
        ),
        // Test code, never part of the engine library: the fuzz harness and its HTML-safety
        // checker (used by sapha-fuzz and the tests), and the temporary test site.
        .target(name: "SaphaTestSupport", dependencies: ["SaphaCore", "SaphaTemplates", "SaphaSupport"]),
        .target(
            name: "SaphaServer",
            dependencies: [
                "SaphaCore",
                "SaphaSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .executableTarget(
            name: "sapha",
            dependencies: [
                "SaphaCore",
                "SaphaSupport",
                "SaphaServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc replaces the C library's malloc for the whole process (Swift runtime,
            // Foundation, ICU, cmark): builds allocate millions of small objects on all cores,
            // and it makes a clean build ~9 % faster (README, "Dependencies"). The engine
            // library and the tests keep the system allocator.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        // libFuzzer target over everything that reads untrusted bytes (scripts/fuzz).
        .executableTarget(
            name: "sapha-fuzz",
            dependencies: ["SaphaTestSupport"],
            path: "Tests/Fuzz",
            exclude: ["corpus", "sapha.dict"]
        ),
        .testTarget(
            name: "SaphaCoreTests",
            dependencies: [
                "SaphaCore",
                "SaphaSupport",
                "SaphaTemplates",
                "SaphaTestSupport",
                "SaphaServer",
                // The reference for Sapha's template compiler: TemplateEngineTests renders
                // every page with both and compares the bytes.
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
