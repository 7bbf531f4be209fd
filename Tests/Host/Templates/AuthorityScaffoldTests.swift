import AuthorityTemplates
import Testing

/// The scaffold's checks of its name, id, codes and region, its defaults, its command line and its manifest edit,
/// each refusal with its exact sentence.
@Suite struct AuthorityScaffoldTests {
    /// The sentence `body` throws, or `nil` when it does not throw.
    static func refusal(_ body: () throws(ScaffoldError) -> Void) -> String? {
        do throws(ScaffoldError) {
            try body()
            return nil
        } catch {
            return error.description
        }
    }

    @Test(arguments: ["Blackpool", "NorthSomerset", "Bath2"])
    func acceptsModuleNames(name: String) throws {
        try AuthorityScaffold.check(name)
    }

    @Test(arguments: [
        ("", "\"\" is not a valid module name: use letters and digits, starting with a capital, such as Blackpool or NorthSomerset."),
        ("blackpool", "\"blackpool\" is not a valid module name: use letters and digits, starting with a capital, such as Blackpool or NorthSomerset; try Blackpool."),
        ("North Somerset", "\"North Somerset\" is not a valid module name: use letters and digits, starting with a capital, such as Blackpool or NorthSomerset; try NorthSomerset."),
        ("../../Evil", "\"../../Evil\" is not a valid module name: use letters and digits, starting with a capital, such as Blackpool or NorthSomerset; try Evil."),
        ("Sefton/Evil", "\"Sefton/Evil\" is not a valid module name: use letters and digits, starting with a capital, such as Blackpool or NorthSomerset; try SeftonEvil."),
        ("Ünited", "\"Ünited\" is not a valid module name: use letters and digits, starting with a capital, such as Blackpool or NorthSomerset."),
        ("Bad\nName", "\"Bad\\nName\" is not a valid module name: use letters and digits, starting with a capital, such as Blackpool or NorthSomerset; try BadName."),
        ("BlackpoolAuthority", "Give the council's name without \"Authority\" (the module is named BlackpoolAuthorityAuthority already)."),
    ])
    func refusesOtherNames(name: String, message: String) {
        #expect(Self.refusal { () throws(ScaffoldError) in try AuthorityScaffold.check(name) } == message)
    }

    @Test func defaultsTheCouncilsNameAndID() throws {
        let scaffold = try AuthorityScaffold(name: "NorthSomerset")
        #expect(scaffold.identity == CouncilIdentity(name: "North Somerset Council", id: "north-somerset"))
        #expect(try AuthorityScaffold(name: "Bath2", council: "Bath & North East Somerset Council").identity.id == "bath-north-east-somerset")
        #expect(try AuthorityScaffold(name: "Wigan", region: "north WEST").identity.region == "North West")
    }

    @Test(arguments: [
        (["ons": "E06\")"], "The ONS code \"E06\")\" is not a GSS code of nine characters such as E06000009."),
        (["ons": "E0600000"], "The ONS code \"E0600000\" is not a GSS code of nine characters such as E06000009."),
        (["ons": "W06000001"], "The ONS code \"W06000001\" is not a GSS code of nine characters such as E06000009."),
        (["dfe": "89"], "The DfE code \"89\" is not three digits such as 890."),
        (["dfe": "8\\(x)"], "The DfE code \"8\\(x)\" is not three digits such as 890."),
        (["region": "Wales"], "\"Wales\" is not one of England's regions: \"North East\", \"North West\", \"Yorkshire and The Humber\", \"East Midlands\", \"West Midlands\", \"East of England\", \"London\", \"South East\", \"South West\"."),
        (["id": "../x"], "\"../x\" is not a valid id: use lower-case letters, digits and single hyphens, such as --id blackpool."),
        (["id": "a--b"], "\"a--b\" is not a valid id: use lower-case letters, digits and single hyphens, such as --id blackpool."),
    ])
    func refusesCodesAndRegionsItCannotTrust(values: [String: String], message: String) {
        let refusal = Self.refusal { () throws(ScaffoldError) in
            _ = try AuthorityScaffold(name: "Evil", id: values["id"], ons: values["ons"], dfe: values["dfe"], region: values["region"])
        }
        #expect(refusal == message)
    }

    @Test func readsItsCommandLine() throws {
        let arguments = try ScaffoldArguments(["--name", "Blackpool", "--ons=E06000009", "--region", "North West", "--package-path", "/p"])
        #expect(arguments.values == ["name": "Blackpool", "ons": "E06000009", "region": "North West", "package-path": "/p"])
        #expect(arguments.packageRoot == "/p")
        #expect(try arguments.scaffold().identity == CouncilIdentity(name: "Blackpool Council", id: "blackpool", ons: "E06000009", region: "North West"))
        #expect(try ScaffoldArguments(["--help"]).wantsHelp)
    }

    @Test(arguments: [
        (["--nmae", "Blackpool"], "\"--nmae\" is not an option of scaffold-authority; the options are --name, --council, --id, --ons, --dfe, --region and --package-path."),
        (["--name", "A", "--name=B"], "The option --name is given twice; give it once."),
        (["Blackpool"], "\"Blackpool\" is not an option of scaffold-authority; the options are --name, --council, --id, --ons, --dfe, --region and --package-path."),
        (["--name", "Blackpool", "--ons"], "The option --ons needs a value, such as --ons E06000009."),
        (["--ons", "E06000009"], "Give the module's name with --name, such as --name Blackpool."),
    ])
    func refusesCommandLinesItCannotRead(arguments: [String], message: String) {
        #expect(Self.refusal { () throws(ScaffoldError) in _ = try ScaffoldArguments(arguments).scaffold() } == message)
    }

    @Test func addsTheNameInOrder() throws {
        let manifest = "let x = 1\nlet authorities = [\n    \"Lancashire\",\n    \"Sefton\",\n]\nlet y = 2"
        #expect(try AuthorityScaffold.adding("Middlesbrough", to: manifest) == "let x = 1\nlet authorities = [\n    \"Lancashire\",\n    \"Middlesbrough\",\n    \"Sefton\",\n]\nlet y = 2")
        #expect(try AuthorityScaffold.adding("Blackpool", to: manifest).contains("[\n    \"Blackpool\",\n    \"Lancashire\","))
        #expect(try AuthorityScaffold.adding("Wigan", to: manifest).contains("\"Sefton\",\n    \"Wigan\",\n]"))
        #expect(Self.refusal { () throws(ScaffoldError) in _ = try AuthorityScaffold.adding("Sefton", to: manifest) }
            == "Sefton is in the authorities list of Package.swift already, so nothing was changed; to scaffold it afresh, first delete Sources/Authorities/Sefton, Tests/Authorities/SeftonTests.swift and its line in Package.swift (or choose another name).")
        #expect(Self.refusal { () throws(ScaffoldError) in _ = try AuthorityScaffold.adding("Wigan", to: "let x = 1", manifestPath: "/p/Package.swift") }
            == "/p/Package.swift has no `let authorities = [ ... ]` list to add the council to.")
    }
}
