import CorporateParenting

extension PackText {
    /// "Context", "Aim", "Case study"...: the label narrative of this kind is shown with.
    public static func name(_ kind: NarrativeKind) -> String {
        switch kind {
        case .context: "Context"
        case .rationale: "Rationale"
        case .aim: "Aim"
        case .vision: "Vision"
        case .mission: "Mission"
        case .value: "Value"
        case .challenge: "Challenge"
        case .provision: "Provision"
        case .offer: "Local offer"
        case .mechanism: "Mechanism"
        case .caseStudy: "Case study"
        case .voice: "Voice"
        }
    }

    /// "Commitment", "Action", "Improvement", "In practice", "Promise".
    public static func name(_ kind: ActionKind) -> String {
        switch kind {
        case .commitment: "Commitment"
        case .action: "Action"
        case .improvement: "Improvement"
        case .practice: "In practice"
        case .promise: "Promise"
        }
    }

    /// "Metric", "Deliverable", "Statement", "Standard".
    public static func name(_ kind: EvidenceKind) -> String {
        switch kind {
        case .metric: "Metric"
        case .deliverable: "Deliverable"
        case .statement: "Statement"
        case .standard: "Standard"
        }
    }

    /// "monitored" or "quoted as context".
    public static func name(_ purpose: EvidencePurpose) -> String {
        switch purpose {
        case .monitor: "monitored"
        case .context: "quoted as context"
        }
    }

    /// "Legislation", "Guidance", "National policy", "Local plan", "Research".
    public static func name(_ kind: CitationKind) -> String {
        switch kind {
        case .legislation: "Legislation"
        case .guidance: "Guidance"
        case .nationalPolicy: "National policy"
        case .localPlan: "Local plan"
        case .research: "Research"
        }
    }

    /// "board", "working group", "youth group"...
    public static func name(_ kind: BodyKind) -> String {
        switch kind {
        case .board: "board"
        case .workingGroup: "working group"
        case .subGroup: "sub-group"
        case .partnership: "partnership"
        case .youthGroup: "youth group"
        case .network: "network"
        case .team: "team"
        case .other: "body"
        }
    }

    /// "Chair", "Co-chair", "Responsible individual"...
    public static func name(_ title: RoleTitle) -> String {
        switch title {
        case .chair: "Chair"
        case .coChair: "Co-chair"
        case .viceChair: "Vice-chair"
        case .lead: "Lead"
        case .champion: "Champion"
        case .linkMember: "Link member"
        case .responsibleIndividual: "Responsible individual"
        case .member: "Member"
        case .support: "Support"
        }
    }

    /// How much of a document a capture holds: "the whole document", "part of the document", "none of the
    /// document" (`noun` "plan" for an attached action plan).
    public static func captured(_ extent: CaptureExtent, of noun: String = "document") -> String {
        switch extent {
        case .whole: "the whole \(noun)"
        case .partial: "part of the \(noun)"
        case .none: "none of the \(noun)"
        }
    }

    /// "in place", "planned", "proposed", "unresolved".
    public static func name(_ status: FactStatus) -> String {
        switch status {
        case .inPlace: "in place"
        case .planned: "planned"
        case .proposed: "proposed"
        case .unresolved: "unresolved"
        }
    }

    /// "not started", "in progress", "complete", "delayed", "ongoing".
    public static func name(_ state: DeliveryState) -> String {
        switch state {
        case .notStarted: "not started"
        case .inProgress: "in progress"
        case .complete: "complete"
        case .delayed: "delayed"
        case .ongoing: "ongoing"
        }
    }

    /// "priority" or "priorities", "key action" or "key actions": a level as a count names it.
    public static func name(_ level: ItemLevel, count: Int = 1) -> String {
        let singular: String, plural: String
        switch level {
        case .priority: (singular, plural) = ("priority", "priorities")
        case .outcome: (singular, plural) = ("outcome", "outcomes")
        case .theme: (singular, plural) = ("theme", "themes")
        case .pledge: (singular, plural) = ("pledge", "pledges")
        case .objective: (singular, plural) = ("objective", "objectives")
        case .keyAction: (singular, plural) = ("key action", "key actions")
        }
        return count == 1 ? singular : plural
    }
}
