import ArgumentParser
import DocGraph
import DocGraphSite
import Foundation

/// `docgraph site --corpus DIR… [--index FILE] [--as-of DATE] [--lang en] -o FOLDER`: the static HTML site for reviewers.
struct Site: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: say("Write a static HTML site: every document with its status, citations, diagram and impact; findings; planned tasks.",
                      vi: "Ghi một trang web tĩnh: mỗi văn bản với hiệu lực, trích dẫn, sơ đồ và phạm vi ảnh hưởng; các phát hiện; các nhiệm vụ dự kiến."),
        discussion: say("The site needs no server and no internet: open FOLDER/index.html in a browser, or serve the folder from any web server.",
                        vi: "Trang web không cần máy chủ hay internet: mở THƯ-MỤC/index.html bằng trình duyệt, hoặc đặt thư mục lên bất kỳ máy chủ web nào.")
    )

    @OptionGroup var source: CorpusOptions
    @OptionGroup var asOf: AsOfOption
    @Option(name: .shortAndLong, help: helpText("The folder to write the site in (replaced whole if docgraph wrote it before).",
                                                                vi: "Thư mục ghi trang web (được thay toàn bộ nếu docgraph đã ghi nó trước đó).", valueName: "folder"))
    var output: String
    @Flag(help: helpText("Leave out the neighbourhood diagrams (faster, for a quick look).", vi: "Bỏ các sơ đồ văn bản liên quan (nhanh hơn, để xem qua)."))
    var noDiagrams = false

    func run() throws {
        let date = try asOf.date()
        let (_, graph) = try source.load()
        var options = SiteOptions(asOf: date, language: UserLanguage.current)
        options.diagrams = !noDiagrams
        do {
            let summary = try StaticSite.write(graph, options: options, to: output)
            print(tr(.wroteSite(pages: summary.pages, diagrams: summary.diagrams, kilobytes: summary.bytes / 1024, folder: output)))
        } catch {
            throw ValidationError(errorText(error))
        }
    }
}
