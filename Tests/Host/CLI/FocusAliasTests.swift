import Foundation
import Testing

/// A command that focuses on one council (`similarity ID`) gives the same answer for its id in any case.
@Suite(.enabled(if: BadInputTests.binary != nil, "The cps binary is not built beside the tests."))
struct FocusAliasTests {
    @Test func similarityFocusTakesAnyCaseAndPrefix() throws {
        let expected = try RealBinary.run(["similarity", "sefton", "--format", "json"])
        #expect(expected.status == 0)
        for alias in ["Sefton", "sef"] {
            let result = try RealBinary.run(["similarity", alias, "--format", "json"])
            #expect(result.status == 0, "\(alias)")
            #expect(result.out == expected.out, "\(alias)")
        }
    }
}
