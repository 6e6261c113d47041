import GRDB

/// The tables of a docgraph index, as README ("The index") documents them for `sqlite3`, Python
/// and Datasette users. A change to any table is a new `version`: an index of another version is
/// refused and `docgraph index --rebuild` makes it again, since rows are cheap to extract anew and
/// a migration would have to guess what an older extractor meant.
public enum IndexSchema {
    /// Bumped with every change to the tables below.
    public static let version = 10
    /// `PRAGMA application_id` of every docgraph index ("DGIX"), so that `file(1)` and docgraph
    /// itself tell an index from any other SQLite database.
    public static let applicationID: Int32 = 0x4447_4958

    /// One `CREATE` per statement; every extracted field has a column so that the graph is built
    /// from rows without reading a document again.
    static let statements: [String] = [
        """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE files (
            id       INTEGER PRIMARY KEY,
            path     TEXT NOT NULL UNIQUE,
            size     INTEGER NOT NULL,
            mtime_ns INTEGER NOT NULL,
            hash     TEXT NOT NULL,
            was_read INTEGER NOT NULL
        )
        """,
        """
        CREATE TABLE documents (
            id             INTEGER PRIMARY KEY,
            file_id        INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
            position       INTEGER NOT NULL,
            doc_id         TEXT,
            doc_key        TEXT,
            doc_form       TEXT,
            doc_number     TEXT,
            doc_type       TEXT,
            doc_issuer_code TEXT,
            doc_year       INTEGER,
            type_code      TEXT,
            type_word      TEXT,
            issuer         TEXT,
            date           TEXT,
            place          TEXT,
            title          TEXT,
            term           TEXT,
            locality       TEXT,
            start_page     INTEGER,
            start_line     INTEGER NOT NULL,
            end_page       INTEGER,
            end_line       INTEGER NOT NULL,
            title_start    INTEGER,
            title_end      INTEGER,
            in_force_from  TEXT,
            numbering_place TEXT,
            in_force_until TEXT,
            UNIQUE (file_id, position)
        )
        """,
        "CREATE INDEX documents_by_key ON documents(doc_key)",
        """
        CREATE TABLE citations (
            id             INTEGER PRIMARY KEY,
            file_id        INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
            position       INTEGER NOT NULL,
            document       INTEGER NOT NULL,
            citing         TEXT,
            citing_key     TEXT,
            citing_form    TEXT,
            citing_number  TEXT,
            citing_type    TEXT,
            citing_issuer_code TEXT,
            citing_year    INTEGER,
            cited          TEXT NOT NULL,
            cited_key      TEXT NOT NULL,
            cited_form     TEXT NOT NULL,
            cited_number   TEXT NOT NULL,
            cited_type     TEXT NOT NULL,
            cited_issuer_code TEXT NOT NULL,
            cited_year     INTEGER,
            type_word      TEXT,
            date           TEXT,
            issuer         TEXT,
            term           TEXT,
            subject        TEXT,
            relation       TEXT NOT NULL,
            modality       TEXT NOT NULL,
            deadline       TEXT,
            deadline_recurring INTEGER,
            deadline_text  TEXT,
            lead_unit      TEXT,
            nested         INTEGER NOT NULL,
            self_reference INTEGER NOT NULL,
            page           INTEGER,
            line           INTEGER NOT NULL,
            "column"       INTEGER NOT NULL,
            text           TEXT NOT NULL,
            review_stage   TEXT,
            deadline_shift TEXT
        )
        """,
        "CREATE INDEX citations_by_file ON citations(file_id)",
        "CREATE INDEX citations_by_cited ON citations(cited_key)",
        // A nested citation ties the identity of the document it hangs from to the one it cites:
        // an update rebuilds both together (`GraphPatch`).
        "CREATE INDEX citations_by_parent ON citations(citing_key) WHERE nested",
        """
        CREATE TABLE tasks (
            id             INTEGER PRIMARY KEY,
            file_id        INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
            position       INTEGER NOT NULL,
            document       INTEGER NOT NULL,
            number         TEXT,
            section        TEXT,
            basis          TEXT,
            task           TEXT NOT NULL,
            level          TEXT,
            lead_unit      TEXT,
            coordinating   TEXT,
            deadline       TEXT,
            deadline_recurring INTEGER,
            deadline_text  TEXT,
            announced_type_code TEXT,
            announced_type_word TEXT,
            announced_issuer TEXT,
            announced_subject TEXT,
            announced_text TEXT,
            citations      TEXT NOT NULL,
            page           INTEGER,
            line           INTEGER NOT NULL,
            "column"       INTEGER NOT NULL
        )
        """,
        "CREATE INDEX tasks_by_file ON tasks(file_id)",
        """
        CREATE TABLE obligations (
            id             INTEGER PRIMARY KEY,
            file_id        INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
            position       INTEGER NOT NULL,
            document       INTEGER NOT NULL,
            actor          TEXT NOT NULL,
            actor_level    TEXT NOT NULL,
            expected_types TEXT NOT NULL,
            page           INTEGER,
            line           INTEGER NOT NULL,
            "column"       INTEGER NOT NULL,
            text           TEXT NOT NULL
        )
        """,
        "CREATE INDEX obligations_by_file ON obligations(file_id)",
        """
        CREATE TABLE stated_counts (
            id             INTEGER PRIMARY KEY,
            file_id        INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
            position       INTEGER NOT NULL,
            document       INTEGER NOT NULL,
            heading        TEXT NOT NULL,
            stated         INTEGER NOT NULL,
            listed         INTEGER NOT NULL,
            page           INTEGER,
            line           INTEGER NOT NULL,
            "column"       INTEGER NOT NULL
        )
        """,
        "CREATE INDEX stated_counts_by_file ON stated_counts(file_id)",
        """
        CREATE TABLE diagnostics (
            id             INTEGER PRIMARY KEY,
            file_id        INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
            position       INTEGER NOT NULL,
            severity       TEXT NOT NULL,
            message        TEXT NOT NULL,
            path           TEXT,
            page           INTEGER,
            line           INTEGER NOT NULL,
            "column"       INTEGER NOT NULL
        )
        """,
        "CREATE INDEX diagnostics_by_file ON diagnostics(file_id)",
        // The graph as `GraphBuilder` built it from the rows above, written by every update that
        // changed a file: a question about a few documents loads the shape (`graph_shape`) and
        // then only the nodes and edges its answer names, by their positions, instead of reading
        // every row and building the whole graph again.
        """
        CREATE TABLE graph_nodes (
            node           INTEGER PRIMARY KEY,
            key            TEXT NOT NULL,
            lookup_key     TEXT,
            title_words    TEXT NOT NULL,
            name           TEXT NOT NULL,
            doc_id         TEXT,
            doc_key        TEXT,
            doc_form       TEXT,
            doc_number     TEXT,
            doc_type       TEXT,
            doc_issuer_code TEXT,
            doc_year       INTEGER,
            type_code      TEXT,
            type_word      TEXT,
            issuer         TEXT,
            date           TEXT,
            term           TEXT,
            locality       TEXT,
            title          TEXT,
            in_corpus      INTEGER NOT NULL,
            document       INTEGER,
            plan_date      TEXT,
            order_rank     INTEGER NOT NULL,
            order_file     TEXT NOT NULL,
            order_position INTEGER NOT NULL,
            order_step     INTEGER NOT NULL,
            duplicate_of   INTEGER
        )
        """,
        "CREATE INDEX graph_nodes_by_lookup_key ON graph_nodes(lookup_key)",
        "CREATE INDEX graph_nodes_by_key ON graph_nodes(doc_key)",
        "CREATE INDEX graph_nodes_by_document ON graph_nodes(document)",
        """
        CREATE TABLE graph_edges (
            edge           INTEGER PRIMARY KEY,
            citing_node    INTEGER NOT NULL,
            cited_node     INTEGER NOT NULL,
            relation       TEXT NOT NULL,
            modality       TEXT NOT NULL,
            deadline       TEXT,
            deadline_recurring INTEGER,
            deadline_text  TEXT,
            lead_unit      TEXT,
            file           TEXT NOT NULL,
            page           INTEGER,
            line           INTEGER NOT NULL,
            "column"       INTEGER NOT NULL,
            text           TEXT NOT NULL,
            nested         INTEGER NOT NULL,
            demoted_from   TEXT,
            partial        INTEGER NOT NULL,
            review_stage   TEXT,
            deadline_shift TEXT,
            round          INTEGER NOT NULL,
            position       INTEGER NOT NULL
        )
        """,
        // An observation is what one citation says of the node it cites; the citation's edge
        // enters that node from the same place with the same words, so `edge` (version 6) names
        // that edge's row and `file`, `page`, `line`, `column` and `text` are then null (the edge's
        // own): a third of the bytes `check` read. A citation of its own document has no edge and
        // keeps its place and text here.
        """
        CREATE TABLE graph_observations (
            node           INTEGER NOT NULL,
            position       INTEGER NOT NULL,
            edge           INTEGER,
            date           TEXT,
            issuer         TEXT,
            term           TEXT,
            type_word      TEXT,
            file           TEXT,
            page           INTEGER,
            line           INTEGER,
            "column"       INTEGER,
            text           TEXT,
            PRIMARY KEY (node, position)
        ) WITHOUT ROWID
        """,
        // What a citation resolved among several documents of one number recorded (`Ambiguity`):
        // `key` is the id's key, by which an update rebuilds it; `candidates` the node rows as a
        // JSON array; `round`, `file`, `position`, `step` its place in graph order.
        """
        CREATE TABLE graph_ambiguities (
            id             INTEGER PRIMARY KEY,
            key            TEXT NOT NULL,
            doc_id         TEXT NOT NULL,
            doc_key        TEXT NOT NULL,
            doc_form       TEXT NOT NULL,
            doc_number     TEXT NOT NULL,
            doc_type       TEXT NOT NULL,
            doc_issuer_code TEXT NOT NULL,
            doc_year       INTEGER,
            candidates     TEXT NOT NULL,
            chosen         INTEGER NOT NULL,
            round          INTEGER NOT NULL,
            file           TEXT NOT NULL,
            position       INTEGER NOT NULL,
            step           INTEGER NOT NULL,
            location_file  TEXT NOT NULL,
            page           INTEGER,
            line           INTEGER NOT NULL,
            "column"       INTEGER NOT NULL
        )
        """,
        "CREATE INDEX graph_ambiguities_by_key ON graph_ambiguities(key)",
        // The note the graph builder wrote for an edge whose revision it read as a reference
        // (`demoted_from`), with the words it said it in.
        """
        CREATE TABLE graph_notes (
            edge           INTEGER PRIMARY KEY,
            citing         TEXT NOT NULL,
            relation       TEXT NOT NULL,
            cited          TEXT NOT NULL,
            level          TEXT,
            reason         TEXT NOT NULL
        )
        """,
        // One row: the node count, the row of each node (`graph_nodes.node`) and of each edge
        // (`graph_edges.edge`) in graph order, and each edge's citing node, cited node (positions
        // in that order) and kind (relation bit, bit 31 when planned), and the compressed rows of
        // the edges leaving and entering each node (`CompactAdjacency.Rows`: node count + 1 starts,
        // then edge positions), as little-endian 32-bit integers. Rows keep their numbers across
        // updates; positions move. Then what a summary of `impact` or `deps` counts of each node
        // (version 6, `FacetTable`): the distinct type codes and issuers (each a 32-bit length and
        // its UTF-8 bytes), each node's type and issuer as numbers into them (0: none), and its
        // year (bit 30 set when it has one, bit 31 when it is in the corpus).
        """
        CREATE TABLE graph_shape (
            id             INTEGER PRIMARY KEY CHECK (id = 1),
            node_count     INTEGER NOT NULL,
            node_rows      BLOB NOT NULL,
            edge_rows      BLOB NOT NULL,
            edge_from      BLOB NOT NULL,
            edge_to        BLOB NOT NULL,
            edge_kind      BLOB NOT NULL,
            out_start      BLOB NOT NULL,
            out_edges      BLOB NOT NULL,
            in_start       BLOB NOT NULL,
            in_edges       BLOB NOT NULL,
            facet_words    BLOB NOT NULL,
            node_type      BLOB NOT NULL,
            node_issuer    BLOB NOT NULL,
            node_year      BLOB NOT NULL
        )
        """,
        // Folded words (no diacritics, `đ` as `d`, lower case): FTS5's own `remove_diacritics`
        // keeps `đ`, so `chuyen doi so` would never find `chuyển đổi số` without folding first.
        // Contentless (the words are in `documents` and `citations` already), so a file's rows are
        // deleted with FTS5's 'delete' command and the same words, made again from those rows.
        """
        CREATE VIRTUAL TABLE document_search USING fts5(
            words, type, issuer, year,
            content = '', tokenize = 'unicode61 remove_diacritics 2'
        )
        """,
    ]

    static func create(_ db: Database) throws {
        for sql in statements { try db.execute(sql: sql) }
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: "PRAGMA user_version = \(version)")
    }
}
