/// The stylesheet and script every page loads, written once under `assets/`. Nothing is fetched
/// from elsewhere: the site opens from `file://` on a computer without internet.
enum SiteAssets {
    static let stylesheetPath = "assets/site.css"
    static let scriptPath = "assets/site.js"
    /// The search index as a script: browsers refuse `fetch` of a JSON file under `file://`, but
    /// load a script beside the page. `search-index.json` holds the same entries for other tools.
    static let searchScriptPath = "search-index.js"
    static let searchJSONPath = "search-index.json"

    /// Fonts that carry Vietnamese letters (ă, ơ, ư, đ and stacked tone marks) on Linux, Windows,
    /// macOS and phones, before the generic family.
    static let stylesheet = #"""
    :root {
      --ink: #1b1f23; --muted: #57606a; --line: #d0d7de; --paper: #ffffff; --band: #f6f8fa;
      --link: #0b57d0; --error: #b3261e; --warning: #8a5300; --note: #3f5f8a; --ok: #1a7f37;
      font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
      font-size: 16px; line-height: 1.5; color: var(--ink); background: var(--paper);
    }
    * { box-sizing: border-box; }
    body { margin: 0; }
    a { color: var(--link); }
    a:focus, button:focus, input:focus, summary:focus { outline: 3px solid #f2a900; outline-offset: 2px; }
    .skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: .5rem; }
    .skip:focus { left: .5rem; z-index: 10; }
    header.site { background: #12355b; color: #fff; padding: .75rem 1.25rem; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: baseline; }
    header.site a { color: #fff; }
    header.site .site-name { margin: 0; font-weight: 700; }
    header.site nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
    header.site .as-of { margin: 0 0 0 auto; opacity: .9; }
    main { max-width: 78rem; margin: 0 auto; padding: 1rem 1.25rem 2rem; }
    footer.site { color: var(--muted); border-top: 1px solid var(--line); padding: .75rem 1.25rem; font-size: .9rem; }
    h1 { font-size: 1.6rem; line-height: 1.25; margin: .5rem 0 1rem; overflow-wrap: anywhere; }
    h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
    h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; font-size: .92rem; }
    caption { text-align: left; color: var(--muted); padding: .25rem 0; }
    th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
    th { background: var(--band); font-weight: 600; }
    th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; text-align: left; }
    th button::after { content: " ↕"; color: var(--muted); }
    th[aria-sort="ascending"] button::after { content: " ↑"; }
    th[aria-sort="descending"] button::after { content: " ↓"; }
    tbody tr { content-visibility: auto; contain-intrinsic-size: auto 2.2rem; }
    td.quote { max-width: 32rem; }
    code.loc { font-size: .82rem; color: var(--muted); overflow-wrap: anywhere; }
    dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; }
    dl.meta dt { font-weight: 600; color: var(--muted); }
    dl.meta dd { margin: 0; overflow-wrap: anywhere; }
    .status { display: inline-block; padding: .15rem .6rem; border-radius: 1rem; font-weight: 600; background: #e7f3ea; color: var(--ok); }
    .status.changed { background: #fff4e5; color: var(--warning); }
    .status.gone { background: #fdecea; color: var(--error); }
    .state-overdue, .severity-error { color: var(--error); font-weight: 600; }
    .state-unconfirmed, .severity-warning { color: var(--warning); font-weight: 600; }
    .severity-note { color: var(--note); }
    .search { background: var(--band); border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; margin: 1rem 0; }
    .search label { font-weight: 600; display: block; }
    .search input { width: 100%; max-width: 36rem; font: inherit; padding: .4rem .6rem; border: 1px solid #8c959f; border-radius: .3rem; }
    .search .hint { color: var(--muted); font-size: .9rem; margin: .25rem 0; }
    #search-results { margin: .5rem 0 0; padding-left: 1.25rem; }
    figure.diagram { margin: 0; border: 1px solid var(--line); border-radius: .5rem; padding: .5rem; overflow-x: auto; background: #fff; }
    figure.diagram svg { max-width: 100%; height: auto; }
    figure.diagram figcaption { color: var(--muted); font-size: .9rem; }
    ul.legend { list-style: none; padding: 0; margin: .25rem 0 0; display: flex; flex-wrap: wrap; gap: .1rem 1.25rem; }
    details.impact summary { cursor: pointer; font-weight: 600; }
    ol.chains li { margin: .2rem 0; }
    .chain { color: var(--muted); font-size: .9rem; }
    .finding { border-left: 4px solid var(--line); padding: .25rem .75rem; margin: .5rem 0; }
    .finding.error { border-color: var(--error); }
    .finding.warning { border-color: #d4a72c; }
    .finding p { margin: .2rem 0; }
    .counts { color: var(--muted); }
    .pager { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; }
    .pager button { font: inherit; padding: .25rem .75rem; border: 1px solid #8c959f; border-radius: .3rem; background: var(--band); cursor: pointer; }
    .pager button:disabled { opacity: .4; cursor: default; }
    @media (max-width: 40rem) {
      header.site .as-of { margin-left: 0; }
      dl.meta { grid-template-columns: 1fr; }
      th, td { padding: .3rem; }
    }
    @media print {
      :root { font-size: 11pt; }
      header.site { background: none; color: #000; border-bottom: 1px solid #000; padding: 0 0 .25rem; }
      header.site a { color: #000; }
      header.site nav, .skip, .search, .pager, th button::after { display: none; }
      main { max-width: none; padding: 0; }
      a { color: #000; text-decoration: none; }
      tbody tr { content-visibility: visible; }
      table, figure.diagram, .finding { break-inside: auto; }
      tr, .finding { break-inside: avoid; }
      h2, h3 { break-after: avoid; }
      .table-wrap, figure.diagram { overflow: visible; }
    }
    """#

    /// Sorting, search and printing. Builds nodes with `textContent`, never with markup, so that
    /// no title from the index can become markup in the browser either.
    static let script = #"""
    "use strict";
    (function () {
      // The same folding as SearchFolding.fold in Swift: lower case, marks removed, đ as d.
      function fold(s) {
        return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\u0111/g, "d");
      }
      window.docgraphFold = fold;

      function cellKey(row, i) {
        var cell = row.cells[i];
        if (!cell) return "";
        return cell.getAttribute("data-sort") || cell.textContent.trim();
      }
      function makeSortable(table) {
        var heads = table.tHead ? table.tHead.rows[0].cells : [];
        Array.prototype.forEach.call(heads, function (th, i) {
          var button = th.querySelector("button");
          if (!button) return;
          button.addEventListener("click", function () {
            var ascending = th.getAttribute("aria-sort") !== "ascending";
            Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
            th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            var collator = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });
            rows.sort(function (a, b) {
              var c = collator.compare(cellKey(a, i), cellKey(b, i));
              return ascending ? c : -c;
            });
            var fragment = document.createDocumentFragment();
            rows.forEach(function (r) { fragment.appendChild(r); });
            body.appendChild(fragment);
          });
        });
      }
      Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), makeSortable);

      // The index page's table: its first rows are in the page; the others come from
      // search-index.js, loaded when the reader first needs it (a sort button, the next rows, the
      // search box), so that the page does not parse every document's entry before it shows.
      var documents = document.getElementById("documents");
      var input = document.getElementById("search");
      var waiting = null;
      // Calls `then` once window.docgraphSearch is there, loading the script the first time.
      function withIndex(then) {
        if (Array.isArray(window.docgraphSearch)) { then(window.docgraphSearch); return; }
        if (waiting) { waiting.push(then); return; }
        waiting = [then];
        var script = document.createElement("script");
        script.src = (documents && documents.getAttribute("data-index")) || "search-index.js";
        script.onload = function () {
          var calls = waiting;
          waiting = null;
          document.documentElement.setAttribute("data-search-index", "loaded");
          calls.forEach(function (f) { f(window.docgraphSearch || []); });
        };
        document.head.appendChild(script);
      }
      window.docgraphWithIndex = withIndex;

      if (documents) {
        var rows = null;
        var size = parseInt(documents.getAttribute("data-rows"), 10) || 200;
        var first = 0;
        var pager = document.getElementById("documents-pager");
        var shown = pager.querySelector("span");
        var steps = pager.querySelectorAll("button");
        var ready = function (then) {
          withIndex(function (entries) {
            if (!rows) rows = entries.slice().sort(function (a, b) { return a.r - b.r; });
            then();
          });
        };
        var keys = [
          function (e) { return e.n; }, function (e) { return e.ty || ""; }, function (e) { return e.i || ""; },
          function (e) { return e.l; }, function (e) { return e.d || (e.y ? String(e.y) : ""); },
          function (e) { return e.s; }, function (e) { return e.c; }
        ];
        var cell = function (tr, text) {
          var td = document.createElement("td");
          td.textContent = text;
          tr.appendChild(td);
        };
        // The same cells as IndexPage.row in Swift.
        var draw = function () {
          var body = documents.tBodies[0];
          var fragment = document.createDocumentFragment();
          rows.slice(first, first + size).forEach(function (e) {
            var tr = document.createElement("tr");
            var td = document.createElement("td");
            var a = document.createElement("a");
            a.href = e.u;
            a.textContent = e.n.length > 90 ? e.n.slice(0, 89) + "…" : e.n;
            if (e.t) a.title = e.t;
            td.appendChild(a);
            tr.appendChild(td);
            cell(tr, e.ty || ""); cell(tr, e.i || ""); cell(tr, e.l); cell(tr, e.y ? String(e.y) : ""); cell(tr, e.s); cell(tr, e.c);
            fragment.appendChild(tr);
          });
          body.textContent = "";
          body.appendChild(fragment);
          shown.textContent = shown.getAttribute("data-text").replace("{0}", String(rows.length ? first + 1 : 0))
            .replace("{1}", String(Math.min(first + size, rows.length))).replace("{2}", String(rows.length));
          steps[0].disabled = first === 0;
          steps[1].disabled = first + size >= rows.length;
          pager.hidden = rows.length <= size;
        };
        Array.prototype.forEach.call(steps, function (button) {
          button.addEventListener("click", function () {
            ready(function () {
              var step = parseInt(button.getAttribute("data-step"), 10);
              first = Math.max(0, Math.min(first + step * size, Math.floor((rows.length - 1) / size) * size));
              draw();
            });
          });
        });
        var heads = documents.tHead.rows[0].cells;
        Array.prototype.forEach.call(heads, function (th, i) {
          th.querySelector("button").addEventListener("click", function () {
            ready(function () {
              var ascending = th.getAttribute("aria-sort") !== "ascending";
              Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
              th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
              var collator = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });
              var key = keys[i];
              rows.sort(function (a, b) {
                var c = collator.compare(key(a), key(b)) || a.r - b.r;
                return ascending ? c : -c;
              });
              first = 0;
              draw();
            });
          });
        });
      }

      // Search over the index written beside the pages (search-index.js sets docgraphSearch),
      // loaded when the box is first focused or typed in.
      var results = document.getElementById("search-results");
      var status = document.getElementById("search-status");
      if (input && results) {
        var run = function () {
          withIndex(function (entries) {
            var query = fold(input.value).trim();
            while (results.firstChild) results.removeChild(results.firstChild);
            if (!query) { status.textContent = ""; return; }
            var words = query.split(/\s+/);
            var exact = [], rest = [];
            for (var i = 0; i < entries.length; i++) {
              var e = entries[i];
              var all = true;
              for (var j = 0; j < words.length; j++) { if (e.k.indexOf(words[j]) < 0) { all = false; break; } }
              if (!all) continue;
              (e.k.indexOf(query) === 0 ? exact : rest).push(e);
            }
            var found = exact.concat(rest);
            status.textContent = found.length ? status.getAttribute("data-found").replace("{0}", String(found.length))
                                              : status.getAttribute("data-none");
            found.slice(0, 50).forEach(function (e) {
              var li = document.createElement("li");
              var a = document.createElement("a");
              a.href = e.u;
              a.textContent = e.n;
              li.appendChild(a);
              if (e.t) { li.appendChild(document.createTextNode(" — " + e.t)); }
              results.appendChild(li);
            });
            results.setAttribute("data-query", input.value);
          });
        };
        input.addEventListener("focus", function () { withIndex(function () {}); });
        input.addEventListener("input", run);
        if (input.value) run();
      }

      // Printing shows every collapsed list.
      window.addEventListener("beforeprint", function () {
        Array.prototype.forEach.call(document.querySelectorAll("details"), function (d) { d.open = true; });
      });
    })();
    """#
}
