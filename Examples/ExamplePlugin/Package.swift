// swift-tools-version: 6.0
import PackageDescription

// An authority built as a shared library that `cps --plugin` loads at run time, without rebuilding `cps`.
// Build it with `swift build --package-path Examples/ExamplePlugin`; it depends only on this repository's
// CorporateParenting framework.
let package = Package(
    name: "ExamplePlugin",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ExampleAuthorityPlugin", type: .dynamic, targets: ["ExampleAuthorityPlugin"]),
    ],
    dependencies: [
        .package(name: "CorporateParentingStrategies", path: "../.."),
    ],
    targets: [
        .target(
            name: "ExampleAuthorityPlugin",
            dependencies: [.product(name: "CorporateParenting", package: "CorporateParentingStrategies")]
        ),
    ]
)
