import DocGraph
import Plot

/// `obligations.html`: planned revisions, reviews, guidance and announced documents that are
/// overdue or pending as of the date, by lead unit and by deadline: the page a Văn phòng takes
/// to a meeting.
enum ObligationsPage {
    static func html(_ content: SiteContent) -> String {
        let w = content.words
        var body: [Node<HTML.BodyContext>] = [.h1(SiteMarkup.words(w.obligationsTitle)), .p(SiteMarkup.words(w.obligationsIntro))]
        let items = content.agenda
        guard !items.isEmpty else {
            body.append(.p(SiteMarkup.words(w.nothingPlanned)))
            return SiteMarkup.page(content, title: w.obligationsTitle, depth: .root, body: body).render()
        }
        // Units with overdue tasks first, then by name; within a unit, the agenda's order.
        let groups = Dictionary(grouping: items) { $0.leadUnit ?? "" }
        let units = groups.keys.sorted { a, b in
            let oa = groups[a, default: []].filter(\.overdue).count, ob = groups[b, default: []].filter(\.overdue).count
            if oa != ob { return oa > ob }
            if a.isEmpty != b.isEmpty { return b.isEmpty }
            return (SearchFolding.fold(a), a) < (SearchFolding.fold(b), b)
        }
        body.append(.h2(SiteMarkup.words(w.byLeadUnitHeading)))
        let summary: [Node<HTML.TableContext>] = units.enumerated().map { k, unit in
            let tasks = groups[unit, default: []]
            return .tr(
                .td(.a(.href("#unit-\(k + 1)"), SiteMarkup.words(unit.isEmpty ? w.noLeadUnit : unit))),
                .td(.class(tasks.contains(where: \.overdue) ? "state-overdue" : ""), SiteMarkup.words(String(tasks.filter(\.overdue).count))),
                SiteMarkup.cell(String(tasks.filter { !$0.overdue }.count))
            )
        }
        body.append(SiteMarkup.table([w.columnLeadUnit, w.columnOverdue, w.columnPending], rows: summary, w: w))
        for (k, unit) in units.enumerated() {
            body.append(.h3(.id("unit-\(k + 1)"), SiteMarkup.words(unit.isEmpty ? w.noLeadUnit : unit)))
            body.append(SiteMarkup.table([w.columnTask, w.columnPlanner, w.columnDeadline, w.columnState, w.columnEvidence],
                                         rows: groups[unit, default: []].map { row(content, $0, withUnit: false) }, w: w))
        }
        body.append(.h2(SiteMarkup.words(w.byDeadlineHeading)))
        body.append(SiteMarkup.table([w.columnTask, w.columnPlanner, w.columnLeadUnit, w.columnDeadline, w.columnState, w.columnEvidence],
                                     rows: items.map { row(content, $0, withUnit: true) }, sortable: true, w: w))
        return SiteMarkup.page(content, title: w.obligationsTitle, depth: .root, body: body).render()
    }

    static func row(_ content: SiteContent, _ item: AgendaItem, withUnit: Bool) -> Node<HTML.TableContext> {
        let w = content.words
        let task: Node<HTML.BodyContext>
        if let target = item.target, let relation = item.relation {
            task = .group(SiteMarkup.words(w.relation(relation) + " "), SiteMarkup.documentLink(content, target, from: .root),
                          .br(), .span(.class("chain"), SiteMarkup.words("“" + item.task.clipped(to: 200) + "”")))
        } else {
            task = .group(SiteMarkup.words(w.fill(w.announcedDocument, item.announcedType ?? "") + ": "),
                          .span(.class("chain"), SiteMarkup.words("“" + item.task.clipped(to: 200) + "”")))
        }
        let unconfirmed = SitePlanState(item.state) == .unconfirmed
        let shown: Revision.State = item.overdue && !unconfirmed ? .overdue : item.state
        var state: [Node<HTML.BodyContext>] = [SiteMarkup.words(w.planState(shown))]
        if item.overdue, unconfirmed { state.insert(SiteMarkup.words(w.planState(.overdue) + ", "), at: 0) }
        if let c = item.candidate { state += [SiteMarkup.words(": "), SiteMarkup.documentLink(content, c, from: .root)] }
        return .tr(
            .td(task),
            .td(SiteMarkup.documentLink(content, item.planner, from: .root)),
            withUnit ? SiteMarkup.cell(item.leadUnit ?? w.noLeadUnit) : .empty,
            .td(item.deadline?.date.map { SiteMarkup.attribute("data-sort", $0.description) } ?? SiteMarkup.attribute("data-sort", "9999"),
                SiteMarkup.words(SiteMarkup.deadline(item.deadline, w))),
            .td(.class(item.overdue ? "state-overdue" : "state-\(SitePlanState(shown).rawValue)"), .group(state)),
            .td(SiteMarkup.location(item.location))
        )
    }
}
