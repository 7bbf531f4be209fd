// swift-tools-version:5.4
import PackageDescription

// libFuzzer targets for cps's parsers. Build and run them with scripts/fuzz.sh (it adds -sanitize=fuzzer,address).
// Tools version 5.4 on purpose: later versions rename executables' entry points for testing, which clashes with
// libFuzzer's own main.
let package = Package(
    name: "Fuzz",
    dependencies: [.package(name: "CorporateParentingStrategies", path: "..")],
    targets: ["FuzzPackDecoder", "FuzzCSVReader", "FuzzArguments"].map { name in
        .executableTarget(
            name: name,
            dependencies: [
                .product(name: "CorporateParenting", package: "CorporateParentingStrategies"),
                .product(name: "CPSKit", package: "CorporateParentingStrategies"),
            ],
            // Only these executables link libFuzzer, which brings its own main (so main.swift must not define one);
            // scripts/fuzz.sh instruments every module, the plugin's tools included, with coverage and ASan.
            swiftSettings: [.unsafeFlags(["-parse-as-library", "-sanitize=fuzzer,address", "-swift-version", "6"])],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
        )
    }
)
