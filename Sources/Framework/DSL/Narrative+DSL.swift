// The narrative kinds, spelled as the document's own words so a council's module reads like its document.

/// Background or connective text (``NarrativeKind/context``).
public func Context(_ text: String) -> Narrative { Narrative(.context, text) }
/// Why something matters (``NarrativeKind/rationale``).
public func Rationale(_ text: String) -> Narrative { Narrative(.rationale, text) }
/// An aim ("Our aim is..."); state each aim where it is printed (``NarrativeKind/aim``).
public func Aim(_ text: String) -> Narrative { Narrative(.aim, text) }
/// A vision statement (``NarrativeKind/vision``).
public func Vision(_ text: String) -> Narrative { Narrative(.vision, text) }
/// A mission statement (``NarrativeKind/mission``).
public func Mission(_ text: String) -> Narrative { Narrative(.mission, text) }
/// A value or belief (``NarrativeKind/value``).
public func Value(_ text: String) -> Narrative { Narrative(.value, text) }
/// A challenge or need the document names (``NarrativeKind/challenge``).
public func Challenge(_ text: String) -> Narrative { Narrative(.challenge, text) }
/// What is already provided or done (``NarrativeKind/provision``).
public func Provision(_ text: String) -> Narrative { Narrative(.provision, text) }
/// An item of the care leavers' local offer (``NarrativeKind/offer``).
public func Offer(_ text: String) -> Narrative { Narrative(.offer, text) }
/// A whole-council mechanism (``NarrativeKind/mechanism``).
public func Mechanism(_ text: String) -> Narrative { Narrative(.mechanism, text) }
/// A case study or example (``NarrativeKind/caseStudy``).
public func CaseStudy(_ text: String) -> Narrative { Narrative(.caseStudy, text) }
/// What a child or young person says, as quoted (``NarrativeKind/voice``).
public func Voice(_ text: String) -> Narrative { Narrative(.voice, text) }
