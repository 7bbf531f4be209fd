/// Thrown in place of an error that ``TapeDecodingState`` has already noted, so the layers it passes through
/// do not note it again.
struct AlreadyNoted: Error {}
