import DocGraph
import DocGraphIndex
import DocGraphRendering
import DocGraphSite

/// An error of the library in the run's language: each error type docgraph's libraries throw has
/// its words in the catalogue (`text(_:)`); an error from elsewhere (Foundation) is shown as it came.
func errorText(_ error: any Error) -> String {
    let language = UserLanguage.current
    switch error {
    case let e as OutputError: return e.text(language)
    case let e as BaselineError: return e.text(language)
    case let e as ReviewInputError: return e.text(language)
    case let e as RenderError: return e.text(language)
    case let e as GalleryError: return e.text(language)
    case let e as SiteError: return e.text(language)
    case let e as IndexError: return e.text(language)
    case let e as LookupError: return e.text(language)
    case let e as DocumentSourceError: return e.text(language)
    default: return String(describing: error)
    }
}
