// The model's closed sets of words: the decoder names the allowed values when a file gives another, and the JSON
// Schema lists them.

extension ActionKind: SchemaEnum {}
extension BodyKind: SchemaEnum {}
extension CaptureExtent: SchemaEnum {}
extension CitationKind: SchemaEnum {}
extension DeliveryState: SchemaEnum {}
extension Direction: SchemaEnum {}
extension EvidenceKind: SchemaEnum {}
extension EvidencePurpose: SchemaEnum {}
extension FactStatus: SchemaEnum {}
extension FigureKind: SchemaEnum {}
extension ItemLevel: SchemaEnum {}
extension MappingBasis: SchemaEnum {}
extension NarrativeKind: SchemaEnum {}
extension Polarity: SchemaEnum {}
extension RoleTitle: SchemaEnum {}
extension Scope: SchemaEnum {}
