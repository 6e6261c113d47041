import CPoppler
import DocGraph
import Foundation

/// The text layer of a PDF, read with poppler in-process: each page's characters with their
/// boxes. The only file that imports `CPoppler`.
enum PopplerText {
    /// One character of the text layer and its box, in points from the page's top left corner.
    struct Glyph: Sendable {
        var text: String
        var x1: Double, y1: Double, x2: Double, y2: Double
        /// Poppler's text put white space before this character: a word starts here.
        var spaceBefore = false
        var height: Double { y2 - y1 }
        var midY: Double { (y1 + y2) / 2 }
    }

    struct Limits {
        var maximumPages: Int
        var maximumGlyphsPerPage: Int
    }

    // poppler's global settings are created by the first document opened and are not safe to
    // create from two threads at once; corpus files are read in parallel.
    private static let lock = NSLock()

    /// libpoppler-glib, loaded when the first PDF is read (not when docgraph starts: see
    /// `CPoppler/shim.h`); nil when it is not installed.
    private static let library: DocGraphPoppler? = docgraph_poppler_load()?.pointee

    /// One page's characters, and the heights (points from the top) of the horizontal rules
    /// drawn on it: a table's row borders.
    struct Page: Sendable {
        var glyphs: [Glyph]
        var rules: [Double]
        /// Vertical rules: a bordered table's column borders.
        var columnRules: [VerticalRule] = []
        /// The page had no text layer and its words were recognised by OCR.
        var recognised = false
    }

    struct VerticalRule: Sendable {
        var x: Double, top: Double, bottom: Double
    }

    /// The glyphs of every page, in page order. Throws for an encrypted or damaged file.
    /// Rules are looked for only when `wantsRules` says a page's glyphs may hold a table.
    /// With `recognition`, a page without a text layer is drawn and its words recognised by OCR;
    /// when recognition cannot run, `recognitionFailure` says why and the page stays empty.
    static func pages(of bytes: [UInt8], file: String, limits: Limits, diagnostics: inout [Diagnostic],
                      recognition: PageRecognition? = nil, recognitionFailure: inout RecognitionProblem?,
                      wantsRules: ([Glyph]) -> Bool) throws(DocumentSourceError) -> [Page] {
        lock.lock()
        defer { lock.unlock() }
        guard let poppler = library else {
            throw .damaged(file: file, reason: .reported("poppler (libpoppler-glib) is not installed, so no PDF can be read; install libpoppler-glib-dev"))
        }
        guard let data = bytes.withUnsafeBytes({ poppler.g_bytes_new($0.baseAddress, $0.count) }) else {
            throw .damaged(file: file, reason: .reported("poppler cannot open it"))
        }
        defer { poppler.g_bytes_unref(data) }
        var error: UnsafeMutablePointer<DocGraphGError>?
        guard let document = poppler.poppler_document_new_from_bytes(data, nil, &error) else {
            let code = error?.pointee.code ?? -1
            let domain = error?.pointee.domain ?? 0
            let message = error?.pointee.message.map { String(cString: $0) } ?? "poppler cannot open it"
            if let error { poppler.g_error_free(error) }
            if domain == poppler.poppler_error_quark(), code == DocGraphPopplerErrorEncrypted {
                throw .encrypted(file: file)
            }
            throw .damaged(file: file, reason: .reported(message))
        }
        defer { poppler.g_object_unref(UnsafeMutableRawPointer(document)) }
        let count = Int(poppler.poppler_document_get_n_pages(document))
        guard count > 0 else { throw .damaged(file: file, reason: .noPages) }
        guard count <= limits.maximumPages else {
            throw .overLimit(file: file, what: .tooManyPages(count: count, limit: limits.maximumPages))
        }
        var pages: [Page] = []
        pages.reserveCapacity(count)
        for index in 0..<count {
            guard let page = poppler.poppler_document_get_page(document, Int32(index)) else {
                diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: file, page: index + 1, line: 1, column: 1),
                    .pageUnreadable))
                pages.append(Page(glyphs: [], rules: [], columnRules: []))
                continue
            }
            defer { poppler.g_object_unref(UnsafeMutableRawPointer(page)) }
            var glyphs = glyphs(of: page, poppler, limit: limits.maximumGlyphsPerPage)
            var recognised = false
            if glyphs.isEmpty, let recognition, recognitionFailure == nil {
                do {
                    glyphs = try recognisedGlyphs(of: page, poppler, recognition, limit: limits.maximumGlyphsPerPage)
                    recognised = true
                } catch {
                    recognitionFailure = error.reason
                }
            }
            let (rules, columnRules) = wantsRules(glyphs) ? self.rules(of: page, poppler) : ([], [])
            pages.append(Page(glyphs: glyphs, rules: rules, columnRules: columnRules, recognised: recognised))
            if glyphs.count >= limits.maximumGlyphsPerPage {
                diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: file, page: index + 1, line: 1, column: 1),
                    .pageTooLong(limit: limits.maximumGlyphsPerPage)))
            }
        }
        return pages
    }

    /// Characters of `page` with their boxes. Poppler gives one box per character of the page's
    /// text (line breaks included), in the same order.
    private static func glyphs(of page: OpaquePointer, _ poppler: DocGraphPoppler, limit: Int) -> [Glyph] {
        guard let cText = poppler.poppler_page_get_text(page) else { return [] }
        defer { poppler.g_free(cText) }
        var boxes: UnsafeMutablePointer<DocGraphPopplerRectangle>?
        var boxCount: UInt32 = 0
        guard poppler.poppler_page_get_text_layout(page, &boxes, &boxCount) != 0, let boxes else { return [] }
        defer { poppler.g_free(boxes) }
        let text = String(cString: cText)
        var out: [Glyph] = []
        var k = 0
        var space = false
        for scalar in text.unicodeScalars {
            guard k < Int(boxCount), out.count < limit else { break }
            let box = boxes[k]
            k += 1
            if scalar.properties.isWhitespace { space = true; continue }
            // A combining mark (NFD text) belongs to the letter before it.
            if scalar.properties.generalCategory == .nonspacingMark, !out.isEmpty {
                out[out.count - 1].text.unicodeScalars.append(scalar)
                continue
            }
            let x1 = min(box.x1, box.x2), x2 = max(box.x1, box.x2)
            let y1 = min(box.y1, box.y2), y2 = max(box.y1, box.y2)
            // A damaged file can place characters anywhere; no page is larger than 15,000 points
            // (PDF's own limit is 14,400), and beyond it sums and middles would overflow to NaN.
            guard [x1, x2, y1, y2].allSatisfy({ $0.isFinite && abs($0) < 1e5 }), x2 - x1 < 15_000, y2 - y1 < 15_000 else { continue }
            out.append(Glyph(text: String(scalar), x1: x1, y1: y1, x2: x2, y2: y2, spaceBefore: space))
            space = false
        }
        return out
    }

    /// `page` drawn on white by cairo at `scale` pixels a point, its pixels (32 bits each,
    /// `stride` bytes a row) handed to `read` while the surface lives; nil when cairo cannot draw.
    /// OCR draws for printing; the search for table borders draws as shown.
    private static func drawn<T>(_ page: OpaquePointer, _ poppler: DocGraphPoppler, pixelsWide w: Int, pixelsHigh h: Int, scale: Double,
                                 forPrinting: Bool, _ read: (UnsafeMutablePointer<UInt8>, Int) -> T) -> T? {
        guard let surface = poppler.cairo_image_surface_create(DocGraphCairoFormatRGB24, Int32(w), Int32(h)) else { return nil }
        defer { poppler.cairo_surface_destroy(surface) }
        guard let cr = poppler.cairo_create(surface) else { return nil }
        poppler.cairo_set_source_rgb(cr, 1, 1, 1)
        poppler.cairo_paint(cr)
        poppler.cairo_scale(cr, scale, scale)
        if forPrinting { poppler.poppler_page_render_for_printing(page, cr) } else { poppler.poppler_page_render(page, cr) }
        poppler.cairo_destroy(cr)
        poppler.cairo_surface_flush(surface)
        guard poppler.cairo_surface_status(surface) == DocGraphCairoStatusSuccess,
              let data = poppler.cairo_image_surface_get_data(surface) else { return nil }
        return read(data, Int(poppler.cairo_image_surface_get_stride(surface)))
    }

    /// The words OCR finds on `page` drawn at the recognition's resolution, as glyphs (one a
    /// word, white space before it) in points, like the text layer's.
    private static func recognisedGlyphs(of page: OpaquePointer, _ poppler: DocGraphPoppler, _ recognition: PageRecognition,
                                         limit: Int) throws(PageRecognition.Unavailable) -> [Glyph] {
        var width = 0.0, height = 0.0
        poppler.poppler_page_get_size(page, &width, &height)
        // At most 10,000 pixels a side (an A0 sheet at 300 dpi is 9,933 × 14,043): lower the
        // resolution for larger sheets rather than allocate without end.
        let scale = min(Double(recognition.resolution) / 72, 10_000 / max(width, height, 1))
        let w = Int(width * scale), h = Int(height * scale)
        guard w > 0, h > 0, scale.isFinite else { return [] }
        // 32 bits a pixel, blue green red in memory on little-endian machines: gray by luminance.
        guard let gray = drawn(page, poppler, pixelsWide: w, pixelsHigh: h, scale: scale, forPrinting: true, { data, stride -> [UInt8] in
            var gray = [UInt8](repeating: 255, count: w * h)
            for y in 0..<h {
                let row = data + y * stride
                for x in 0..<w {
                    let b = Int(row[x &* 4]), g = Int(row[x &* 4 &+ 1]), r = Int(row[x &* 4 &+ 2])
                    gray[y &* w &+ x] = UInt8((r &* 77 &+ g &* 150 &+ b &* 29) >> 8)
                }
            }
            return gray
        }) else { return [] }
        let words = try recognition.words(gray: gray, width: w, height: h)
        return words.prefix(limit).map { word in
            Glyph(text: word.text, x1: Double(word.left) / scale, y1: Double(word.top) / scale,
                  x2: Double(word.right) / scale, y2: Double(word.bottom) / scale, spaceBefore: true)
        }
    }

    /// The horizontal lines drawn across at least a quarter of the page (their heights) and the
    /// vertical ones: the page is drawn (at 2 pixels a point) and long dark runs of pixels are
    /// kept. Poppler's GLib binding gives text positions but not the paths drawn, so a table's
    /// borders are seen, not read.
    private static func rules(of page: OpaquePointer, _ poppler: DocGraphPoppler) -> ([Double], [VerticalRule]) {
        var width = 0.0, height = 0.0
        poppler.poppler_page_get_size(page, &width, &height)
        let scale = 1.0
        let w = Int32(width * scale), h = Int32(height * scale)
        guard w > 0, h > 0, w <= 8_000, h <= 8_000 else { return ([], []) }
        let pixelsWide = Int(w), pixelsHigh = Int(h)
        return drawn(page, poppler, pixelsWide: pixelsWide, pixelsHigh: pixelsHigh, scale: scale, forPrinting: false) { data, stride in
            let minimumRun = pixelsWide / 4
            let minimumHeight = Int(20 * scale)
            var rules: [Double] = []
            var previousRow = -2
            // One pass over the pixels, row by row: horizontal runs along each row, and for each
            // pixel column the row where its current vertical run began.
            var columnRunStart = [Int](repeating: -1, count: pixelsWide)
            var verticalRuns: [VerticalRule] = []
            for y in 0...pixelsHigh {
                let row = data + min(y, pixelsHigh - 1) * stride
                var run = 0, longest = 0
                for x in 0..<pixelsWide {
                    // RGB24 is 32 bits a pixel; dark when the green byte (the middle one either way round) is.
                    let dark = y < pixelsHigh && row[x &* 4 &+ 1] < 200
                    if dark {
                        run &+= 1
                        if run > longest { longest = run }
                        if columnRunStart[x] < 0 { columnRunStart[x] = y }
                    } else {
                        run = 0
                        let start = columnRunStart[x]
                        if start >= 0 {
                            if y - start >= minimumHeight {
                                verticalRuns.append(VerticalRule(x: Double(x) / scale, top: Double(start) / scale, bottom: Double(y) / scale))
                            }
                            columnRunStart[x] = -1
                        }
                    }
                }
                guard longest >= minimumRun else { continue }
                // A rule a few pixels thick is one rule.
                if y == previousRow + 1, !rules.isEmpty { rules[rules.count - 1] = (rules[rules.count - 1] + Double(y) / scale) / 2 } else { rules.append(Double(y) / scale) }
                previousRow = y
            }
            // Vertical rules: pixel columns dark over at least 20 points at a stretch (a letter's
            // stroke is shorter); neighbouring columns of one stretch are one rule.
            var columnRules: [VerticalRule] = []
            for rule in verticalRuns.sorted(by: { ($0.x, $0.top) < ($1.x, $1.top) }) {
                if let last = columnRules.last, rule.x - last.x <= 1.5, abs(rule.top - last.top) < 3 {
                    columnRules[columnRules.count - 1].x = (last.x + rule.x) / 2
                } else {
                    columnRules.append(rule)
                }
            }
            return (rules, columnRules)
        } ?? ([], [])
    }
}
