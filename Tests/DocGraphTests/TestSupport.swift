import Foundation

extension String {
    /// NFD via Foundation, to feed the extractor decomposed text.
    var decomposedFoundation: String { decomposedStringWithCanonicalMapping }
}
