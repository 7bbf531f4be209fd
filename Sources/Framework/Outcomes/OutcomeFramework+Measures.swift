extension OutcomeFramework {
    /// The catalogue of standard measures, with their DfE bindings where DfE publishes them, in domain order.
    ///
    /// Polarity follows DfE's Local Authority Interactive Tool; a measure whose polarity could not be confirmed
    /// there says so in its binding's note. Bindings name the 2025 release's columns and labels with the older
    /// names they have carried; a binding not checked against a file in DfE's current releases says so in its note.
    public static let standardMeasures: [StandardMeasure] =
        homesMeasures + adulthoodMeasures + healthMeasures + safetyMeasures + educationMeasures + relationshipsMeasures + workforceMeasures

    /// DfE's release of figures on children looked after and care leavers.
    static let childrenLookedAfter = "Children looked after in England including adoptions"
    /// DfE's release of the attainment, absence and exclusions of children in need and children looked after.
    static let outcomesForChildrenInNeed = "Outcomes for children in need, including children looked after by local authorities in England"
    /// DfE's release on the children's social work workforce.
    static let socialWorkWorkforce = "Children's social work workforce"
}
