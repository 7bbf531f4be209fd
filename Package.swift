// swift-tools-version: 6.0
import PackageDescription

/// The built-in councils, one folder each under `Sources/Authorities/`.
///
/// Adding a council means adding its folder and its name here; the host's registry is generated from this list
/// (see `Plugins/AuthorityRegistry`). Each name `X` becomes the module `XAuthority`, which declares
/// `public enum X: AuthorityDefinition`.
let authorities = [
    "Lancashire",
    "Leicestershire",
    "Middlesbrough",
    "NorthEastLincolnshire",
    "Sefton",
]

let authorityModules: [Target.Dependency] = authorities.map { .target(name: "\($0)Authority") }

let authorityTargets: [Target] = authorities.map { name in
    .target(
        name: "\(name)Authority",
        dependencies: ["CorporateParenting"],
        path: "Sources/Authorities/\(name)"
    )
}

let package = Package(
    name: "CorporateParentingStrategies",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "cps", targets: ["cps"]),
        .library(name: "CorporateParenting", targets: ["CorporateParenting"]),
        .library(name: "CPSEngine", targets: ["CPSEngine"]),
        .library(name: "CPSKit", targets: ["CPSKit"]),
    ],
    targets: authorityTargets + [
        // The shared outcome framework, the value model and the DSL councils are written in.
        .target(name: "CorporateParenting", path: "Sources/Framework"),
        // The engine: analysis, statistics and benchmarking, knowing nothing of the command line or of renderers.
        .target(name: "CPSEngine", dependencies: ["CorporateParenting"], path: "Sources/Host/Engine"),
        // Everything `cps` does, as a library tests can call: loading, checks, commands, views and renderers.
        .target(name: "CPSKit", dependencies: ["CorporateParenting", "CPSEngine"], path: "Sources/Host/CPSKit"),
        // The registry of built-in councils, generated from `authorities` at build time.
        .target(
            name: "BuiltInAuthorities",
            dependencies: ["CorporateParenting", "CPSKit"] + authorityModules,
            path: "Sources/Host/BuiltInAuthorities",
            plugins: ["AuthorityRegistry"]
        ),
        .executableTarget(name: "cps", dependencies: ["CPSKit", "BuiltInAuthorities"], path: "Sources/Host/cps"),

        // The national-scale benchmark program (not a test): `swift run -c release cps-benchmark`.
        .executableTarget(name: "cps-benchmark", dependencies: ["CPSKit", "CPSEngine", "CorporateParenting"], path: "Benchmarks/NationalScale"),

        .executableTarget(name: "AuthorityRegistryGenerator", path: "Plugins/AuthorityRegistryGenerator"),
        .plugin(
            name: "AuthorityRegistry",
            capability: .buildTool(),
            dependencies: ["AuthorityRegistryGenerator"],
            path: "Plugins/AuthorityRegistry"
        ),

        // The scaffold-authority command plugin, its tool and the templates the tool writes (no part of `cps`).
        .target(name: "AuthorityTemplates", path: "Plugins/AuthorityTemplates"),
        .executableTarget(name: "AuthorityScaffolder", dependencies: ["AuthorityTemplates"], path: "Plugins/AuthorityScaffolder"),
        .plugin(
            name: "ScaffoldAuthority",
            capability: .command(
                intent: .custom(
                    verb: "scaffold-authority",
                    description: "Adds a built-in council module: its folder with a DSL skeleton, a test, and its name in Package.swift."
                ),
                permissions: [
                    .writeToPackageDirectory(reason: "It adds the council's folder under Sources/Authorities, its test under Tests/Authorities and its name to the authorities list in Package.swift."),
                ]
            ),
            dependencies: ["AuthorityScaffolder"],
            path: "Plugins/ScaffoldAuthority"
        ),

        .testTarget(
            name: "CorporateParentingTests", dependencies: ["CorporateParenting"], path: "Tests/Framework",
            exclude: ["Migration/Fixtures"]
        ),
        .testTarget(
            name: "AuthoritiesTests",
            dependencies: ["CorporateParenting"] + authorityModules,
            path: "Tests/Authorities"
        ),
        .testTarget(
            name: "CPSKitTests",
            dependencies: ["CPSKit", "CPSEngine", "BuiltInAuthorities", "AuthorityTemplates"],
            path: "Tests/Host",
            exclude: ["Engine/Statistics/Fixtures", "BadInput/Corpus", "Templates/Golden"]
        ),
    ]
)
