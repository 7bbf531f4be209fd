import CorporateParenting

extension NorthEastLincolnshire {
    /// Outcome 1. The table under "What success will look like?" (the contents' heading; the extracted page lost
    /// it) pairs each outcome statement with its outcome measures.
    @ContentBuilder<PackElement>
    static var safeStableAndCaringPlaces: [PackElement] {
        Section("1. Safe, stable and caring places to live and call home") {
            Priority(
                "safe-stable-caring-places", "Safe, stable and caring places to live and call home", number: 1,
                principles: [1, 6, 7], domains: [.homes, .adulthood]
            ) {
                Commitment(.aim, "Build bridges to support more children and young people to remain safely with their families and avoid coming into care")
                Commitment(.aim, "Enable more children in care to find a place to call home with families in North East Lincolnshire")
                Commitment(.aim, "Promote stability for children in care by meeting their individual needs in the right place at the right time")
                Commitment(.aim, "Help young people develop their independence and step forward successfully into early adulthood")
                Section("VISION") {
                    Vision("North East Lincolnshire children will be supported to live within families. When they require local authority care, we will provide a range of fostering placements to meet children's needs and, where necessary provide, residential care placements suitable to meet the needs of children.")
                    Vision("North East Lincolnshire children will be cared for whenever possible within North East Lincolnshire, minimising the need for external placements.")
                    Vision("Changes in placements will be planned with children and will take place in a predictable and measured way.")
                }
                Section("What is the challenge?") {
                    Challenge("The demands on Local Authorities in respect of ensuring that they have sufficient placements of the appropriate skill level is increasing with a national rise in the numbers of children in care.")
                    Challenge("Increasing the ability of placements to cope with challenging behaviour and responding better to placements that are under pressure.")
                }
                Section("What more can we do/ what will we do:") {
                    Commitment("Complete our sufficiency analysis.")
                    Commitment("Where we have known pressures (solo/ duo provision) – develop business case for the evolution of existing provision.")
                    Commitment("Audit circumstances of children who have significant number of placement moves.")
                    Commitment("Develop definition of fragile placements and process to respond.")
                    Commitment("Develop a specific placement support offer (people, programmes, approach) and deploy to fragile placements.")
                }
                Section("What success will look like?") {
                    successForPlaces
                }
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

    /// Outcome 1's table of outcome statements and outcome measures.
    @ContentBuilder<PriorityElement>
    static var successForPlaces: [PriorityElement] {
        Outcome("Children will be placed in stable placements") {
            Measure("placements-three-or-more", "% of children with 3 or more placements",
                    standard: "placement-stability-short-term", unit: .percent)
            Measure("placements-long-term-stability",
                    "% of children (aged under 16) looked after for at least 2.5 years in same placements for at least 2 years",
                    standard: "placement-stability-long-term", unit: .percent)
        }
        Outcome("Children will be placed in North East Lincolnshire (when this is suitable for their needs)") {
            Measure("placed-20-miles-or-over", "% of children placed 20 miles or over from home",
                    standard: "placed-over-20-miles", unit: .percent)
            Measure("placed-outside-nel", "% of children placed outside of North East Lincolnshire", unit: .percent)
            Measure("foster4nel-placements", "Number of foster placements available via Foster4North East Lincolnshire",
                    unit: .count)
        }
        Outcome("We will respond effectively to placements at risk of breakdown") {
            Measure("fragile-placements-definition", "Clear definition of fragile placements")
            Measure("short-notice-placement-moves", "Reduction in short notice placement moves") {
                Target(.decrease, "Reduction in short notice placement moves")
            }
            Measure("more-than-one-placement", "Reduction in children with more than one placement") {
                Target(.decrease, "Reduction in children with more than one placement")
            }
            Measure("fragile-placements-support-offer", "Clear offer of support to fragile placements")
        }
        Outcome("Children will be able to 'stay put' or 'stay close' to their placement on becoming a care leaver") {
            Measure("staying-put", "% of young people staying put", standard: "staying-put", unit: .percent)
            Measure("staying-close", "% young people staying close", unit: .percent)
        }
        Outcome("Increase the number of Local Authority foster carers") {
            Measure("foster-carer-enquiry-to-approval", "Enquiry to assessment to approval")
            Measure("foster-carers-number", "No. foster carers", unit: .count) {
                Target(.increase, "Increase the number of Local Authority foster carers")
            }
        }
        Outcome("The Quality of care provided by our foster carers will equip our children to reach their full potential") {
            Measure("foster-carers-training-progression",
                    "No. of foster carers accessing training and progressing in levels of payment for skills.", unit: .count)
        }
    }
}
