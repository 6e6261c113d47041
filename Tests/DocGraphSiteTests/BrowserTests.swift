import Foundation
import Testing
@testable import DocGraph
@testable import DocGraphSite

/// The sample corpus's site in a real browser: Debian's `chromium`, headless, driven over the
/// DevTools pipe by `Tests/Browser/site_check.py` (standard-library Python). Screenshots of
/// each page type are kept under `.build/site-screenshots/`.
@Suite("site in Chromium")
struct BrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    static let available = chromium != nil && python != nil

    /// What `site_check.py` reports.
    struct Report: Decodable {
        struct Search: Decodable { var typed: String; var results: [String]; var firstHref: String }
        struct Click: Decodable { var page: String; var node: String; var expected: String; var landed: String }
        var pages: Int
        var consoleErrors: [String]
        var brokenLinks: [String]
        var headingProblems: [String]
        var linksWithoutText: [String]
        var diagramsWithoutTitle: [String]
        var langProblems: [String]
        var diagrams: Int
        var links: Int
        var screenshots: [String]
        var screenshotsMissed: [String]
        var search: Search
        var click: Click
        var seconds: Double
    }

    /// Runs `site_check.py` and decodes its report.
    static func runDriver(_ arguments: [String]) throws -> Data {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try #require(python))
        p.arguments = [SiteFixtures.packageRoot.appendingPathComponent("Tests/Browser/site_check.py").path, "--chromium", try #require(chromium)] + arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0, "site_check.py failed: \(String(decoding: e, as: UTF8.self))")
        return o
    }

    /// What the page checks report on a page that has every fault they look for.
    struct PageReport: Decodable {
        var pages: Int
        var consoleErrors: [String]
        var brokenLinks: [String]
        var headingProblems: [String]
        var linksWithoutText: [String]
        var diagramsWithoutTitle: [String]
        var langProblems: [String]
    }

    @Test("the driver sees each fault it checks for, on a page made to have them all",
          .enabled(if: available, "chromium or python3 is not installed: run ./Scripts/setup.sh (it installs Debian's chromium)"))
    func driverSeesFaults() throws {
        let root = try SiteFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("d"), withIntermediateDirectories: true)
        let good = #"<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>t</title></head><body><h1>t</h1><h2>u</h2><a href="d/bad.html">bad</a></body></html>"#
        for page in ["index.html", "findings.html", "obligations.html"] { try Data(good.utf8).write(to: root.appendingPathComponent(page)) }
        let bad = #"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body><h1>x</h1><h3>skipped a level</h3><script>console.error("boom")</script><a href="missing.html">gone</a><a href="../index.html"></a><svg><g></g></svg></body></html>"#
        try Data(bad.utf8).write(to: root.appendingPathComponent("d/bad.html"))
        let report = try JSONDecoder().decode(PageReport.self, from: try Self.runDriver(["--site", root.path, "--pages-only"]))
        #expect(report.pages == 4)
        #expect(report.consoleErrors == ["d/bad.html: console.error: boom"])
        #expect(report.brokenLinks.count == 1 && report.brokenLinks[0].hasPrefix("d/bad.html: missing.html"))
        #expect(report.headingProblems == ["d/bad.html: h1 followed by h3"])
        #expect(report.linksWithoutText == ["d/bad.html: ../index.html"])
        #expect(report.diagramsWithoutTitle == ["d/bad.html"])
        #expect(report.langProblems == ["d/bad.html: lang=en charset=UTF-8"])
    }

    @Test("every page loads without a console error; links resolve; search finds 28-NQ/TW from 28-nq/tw; a diagram node opens its page; headings, link texts and diagram titles are there",
          .enabled(if: available, "chromium or python3 is not installed: run ./Scripts/setup.sh (it installs Debian's chromium)"))
    func sampleSiteInChromium() throws {
        let root = try SiteFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site")
        _ = try StaticSite.write(SiteFixtures.sample, options: SiteOptions(asOf: SiteFixtures.asOf), to: site.path)
        let shots = SiteFixtures.packageRoot.appendingPathComponent(".build/site-screenshots")

        let report = try JSONDecoder().decode(Report.self, from: try Self.runDriver(["--site", site.path, "--screenshots", shots.path]))

        let g = SiteFixtures.sample
        #expect(report.pages == g.nodes.count + 3, "every page was loaded")
        #expect(report.consoleErrors.isEmpty, "\(report.consoleErrors.prefix(5))")
        #expect(report.brokenLinks.isEmpty, "\(report.brokenLinks.prefix(5))")
        #expect(report.links > 1000, "the pages link to one another (\(report.links) links)")
        #expect(report.headingProblems.isEmpty, "\(report.headingProblems.prefix(5))")
        #expect(report.linksWithoutText.isEmpty, "\(report.linksWithoutText.prefix(5))")
        #expect(report.diagramsWithoutTitle.isEmpty, "\(report.diagramsWithoutTitle.prefix(5))")
        #expect(report.langProblems.isEmpty, "\(report.langProblems.prefix(5))")
        #expect(report.diagrams > 50, "the document pages show their diagrams (\(report.diagrams))")
        #expect(report.search.results.first == "28-NQ/TW", "typed 28-nq/tw, got \(report.search.results)")
        #expect(report.search.firstHref.hasSuffix("/d/28-nq-tw-xiii.html"))
        #expect(report.click.page == "d/28-nq-tw-xiii.html")
        #expect(!report.click.expected.isEmpty && report.click.landed == report.click.expected,
                "clicking \(report.click.node) in the diagram of 28-NQ/TW should open \(report.click.expected), landed on \(report.click.landed)")
        // Screenshots are records, not checks: under parallel builds headless Chromium may not paint in time.
        #expect(report.screenshots.count + report.screenshotsMissed.count == 6, "every page type is photographed")
        #expect(!report.screenshots.isEmpty, "at least one screenshot was taken; missed: \(report.screenshotsMissed)")
        for shot in report.screenshots {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: shot))
            #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(shot) is a PNG")
        }
    }
}
