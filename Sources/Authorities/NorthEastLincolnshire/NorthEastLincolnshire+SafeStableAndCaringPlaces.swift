import CorporateParenting

extension NorthEastLincolnshire {
    /// Outcome 1. Its table of outcome statements and measures follows the actions with no heading in the body (the
    /// contents calls it "What success will look like?"), so it sits in the outcome itself, each statement an aim
    /// followed by its measures.
    @PackContent
    static var safeStableAndCaringPlaces: [Entry] {
        Section("1. Safe, stable and caring places to live and call home", page: 6, line: 105) {
            Outcome(
                "safe-stable-caring-places", "Safe, stable and caring places to live and call home", number: 1,
                principles: [1, 6], domains: [.homes], note: "placement sufficiency and stability, children's needs met"
            ) {
                KeyAction("o1-build-bridges", "Build bridges to support more children and young people to remain safely with their families and avoid coming into care")
                KeyAction("o1-place-to-call-home", "Enable more children in care to find a place to call home with families in North East Lincolnshire")
                KeyAction("o1-promote-stability", "Promote stability for children in care by meeting their individual needs in the right place at the right time")
                KeyAction("o1-independence", "Help young people develop their independence and step forward successfully into early adulthood",
                          principles: [7], domains: [.adulthood], note: "independence and early adulthood")
                Section("VISION", page: 6, line: 112) {
                    // The vision's "we will provide" and its commitment on placement changes are commitments, as in
                    // outcome 6's vision.
                    Vision("North East Lincolnshire children will be supported to live within families.")
                    Commitment("When they require local authority care, we will provide a range of fostering placements to meet children's needs and, where necessary provide, residential care placements suitable to meet the needs of children.")
                    Vision("North East Lincolnshire children will be cared for whenever possible within North East Lincolnshire, minimising the need for external placements.")
                    Commitment("Changes in placements will be planned with children and will take place in a predictable and measured way.")
                }
                Section("What is the challenge?", page: 7, line: 122) {
                    Challenge("The demands on Local Authorities in respect of ensuring that they have sufficient placements of the appropriate skill level is increasing with a national rise in the numbers of children in care. Increasing the ability of placements to cope with challenging behaviour and responding better to placements that are under pressure.")
                }
                Section("What more can we do/ what will we do:", page: 7, line: 126) {
                    Step("Complete our sufficiency analysis.")
                    Step("Where we have known pressures (solo/ duo provision) – develop business case for the evolution of existing provision.")
                    Step("Audit circumstances of children who have significant number of placement moves.")
                    Step("Develop definition of fragile placements and process to respond.")
                    Step("Develop a specific placement support offer (people, programmes, approach) and deploy to fragile placements.")
                }
                successForPlaces
                Section("Key Partners for this strategic priority are:", line: 144) {
                    Partner("Health /ICB Services")
                    Partner("Yorkshire and Humber Police")
                    Partner("Children's Commissioning Service")
                    Partner("Adults and Health Commissioning Service")
                    Partner("Children looked after social work teams")
                    Partner("Placements Team")
                    Partner("Foster Carers and Fostering Service")
                    Partner("Children's Residential Services")
                    Partner("Housing")
                    Partner("Independent Placement Providers")
                }
            }
        }
    }

    /// Outcome 1's table (seed lines 134-140): six outcome statements, fourteen measures. The two placement
    /// stability measures are DfE's (the long-term one word for word; "3 or more placements" is DfE's short-term
    /// indicator as it is usually named). "20 miles or over" is not DfE's "more than 20 miles", so it is not bound.
    @PackContent
    static var successForPlaces: [Entry] {
        Aim("Children will be placed in stable placements")
        Metric("three-or-more-placements", "% of children with 3 or more placements", purpose: .monitor,
               standard: "placement-stability-short-term", unit: .percent)
        Metric("long-term-placement-stability",
               "% of children (aged under 16) looked after for at least 2.5 years in same placements for at least 2 years",
               purpose: .monitor, standard: "placement-stability-long-term", unit: .percent)
        Aim("Children will be placed in North East Lincolnshire (when this is suitable for their needs)")
        Metric("placed-20-miles-or-over", "% of children placed 20 miles or over from home", purpose: .monitor,
               unit: .percent, domain: .homes)
        Metric("placed-outside-nel", "% of children placed outside of North East Lincolnshire", purpose: .monitor,
               unit: .percent, domain: .homes)
        Metric("foster4nel-placements", "Number of foster placements available via Foster4North East Lincolnshire",
               purpose: .monitor, unit: .count, domain: .homes)
        Aim("We will respond effectively to placements at risk of breakdown")
        Deliverable("fragile-placements-definition", "Clear definition of fragile placements", domain: .homes)
        Metric("short-notice-placement-moves", "Reduction in short notice placement moves", purpose: .monitor,
               domain: .homes, target: Target(.decrease, "Reduction in short notice placement moves"))
        Metric("more-than-one-placement", "Reduction in children with more than one placement", purpose: .monitor,
               domain: .homes, target: Target(.decrease, "Reduction in children with more than one placement"))
        Deliverable("fragile-placements-support-offer", "Clear offer of support to fragile placements", domain: .homes)
        Aim("Children will be able to 'stay put' or 'stay close' to their placement on becoming a care leaver")
        // Neither is defined; DfE's "staying put" counts only those who left care at 18 from foster care.
        Metric("staying-put", "% of young people staying put", purpose: .monitor, unit: .percent, domain: .adulthood)
        Metric("staying-close", "% young people staying close", purpose: .monitor, unit: .percent, domain: .adulthood)
        Aim("Increase the number of Local Authority foster carers")
        Metric("foster-carer-enquiry-to-approval", "Enquiry to assessment to approval", purpose: .monitor, domain: .homes)
        Metric("foster-carers-number", "No. foster carers", purpose: .monitor, unit: .count, domain: .homes,
               target: Target(.increase, "Increase the number of Local Authority foster carers"))
        Aim("The Quality of care provided by our foster carers will equip our children to reach their full potential")
        Metric("foster-carers-training-progression",
               "No. of foster carers accessing training and progressing in levels of payment for skills.",
               purpose: .monitor, unit: .count, domain: .homes)
    }
}
