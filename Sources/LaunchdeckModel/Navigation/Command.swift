/// A `:` command line, parsed once (`CommandCatalog.parse`): the state acts on this value
/// and never reads the line again.
public enum Command: Sendable, Equatable {
    case quit
    case refresh
    /// Show the key help.
    case help
    case theme(String)
    case site(String)
    case app(String)
    case range(HitsRange)
    case group(HitsGrouping)
    case zone(HitsZone)
    /// Go to a screen by name (`Route.named`), from the overview.
    case open(Route)
}
