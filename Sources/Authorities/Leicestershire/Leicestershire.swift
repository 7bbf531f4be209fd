import CorporateParenting

/// Leicestershire County Council's corporate parenting strategy, "Our Children, Our Future" (2019-2022),
/// encoded in the document's order.
public enum Leicestershire: AuthorityDefinition {
    public static let pack = AuthorityPack(
        id: "leicestershire", name: "Leicestershire County Council", ons: "E10000018", dfe: "855",
        region: "East Midlands"
    ) {
        cover
        foreword
        leicestershire
        whatDoOurChildrenSay
        ourPromise
        corporateParentingPrinciples
        whoIsInvolved
        whatElseDoWeDo
        governance
        childrenInCareCouncilAndSYPAC
        whatSuccessWillLookLike
        appendixA
        inconsistencies
    }
}
