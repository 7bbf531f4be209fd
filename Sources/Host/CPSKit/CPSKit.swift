// What imports CPSKit sees the engine's results too: commands hand them to views, and tests read them.
@_exported import CPSEngine
