import DocGraph
import Plot

/// `findings.html`: what `check` finds as of the date, by severity, then by rule, each finding
/// with its place in the corpus and links to the documents it concerns.
enum FindingsPage {
    static func html(_ content: SiteContent) -> String {
        let w = content.words
        var body: [Node<HTML.BodyContext>] = [.h1(SiteMarkup.words(w.findingsTitle)), .p(SiteMarkup.words(w.findingsIntro))]
        if content.findings.isEmpty { body.append(.p(SiteMarkup.words(w.noFindings))) }
        for severity in Finding.Severity.allCases.sorted(by: >) {
            let ofSeverity = content.findings.filter { $0.severity == severity }
            guard !ofSeverity.isEmpty else { continue }
            body.append(.h2(.class("severity-\(severity.rawValue)"), SiteMarkup.words("\(w.severity(severity)) (\(ofSeverity.count))")))
            for rule in content.options.rules.rules {
                let found = ofSeverity.filter { $0.rule == rule.id }
                guard !found.isEmpty else { continue }
                body.append(.h3(.id("\(severity.rawValue)-\(rule.id.rawValue)"), .code(SiteMarkup.words(rule.id.rawValue)), SiteMarkup.words(" (\(found.count))")))
                body.append(.p(.class("counts"), SiteMarkup.words(rule.summary(w.language))))
                body.append(.group(found.prefix(content.options.listLimit * 5).map { finding(content, $0) }))
            }
        }
        return SiteMarkup.page(content, title: w.findingsTitle, depth: .root, body: body).render()
    }

    static func finding(_ content: SiteContent, _ f: Finding) -> Node<HTML.BodyContext> {
        let w = content.words
        // The documents it concerns: the one at its place, those at the related places, and the
        // one it names, in that order, each once.
        var docs: [NodeIndex] = []
        for l in [f.location].compactMap({ $0 }) + f.related {
            if let d = content.document(at: l), !docs.contains(d) { docs.append(d) }
        }
        if let s = f.subject, let d = content.document(named: s), !docs.contains(d) { docs.append(d) }
        var links: [Node<HTML.BodyContext>] = []
        for (i, d) in docs.enumerated() {
            if i > 0 { links.append(SiteMarkup.words(", ")) }
            links.append(SiteMarkup.documentLink(content, d, from: .root))
        }
        return .div(
            .class("finding \(f.severity.rawValue)"),
            .p(SiteMarkup.words(f.text(w.language))),
            f.location.map { .p(SiteMarkup.words(w.findingAt), SiteMarkup.location($0)) } ?? .empty,
            links.isEmpty ? .empty : .p(SiteMarkup.words(w.findingDocuments), .group(links))
        )
    }
}
