import CCmarkGFM

/// The one walk over a cmark-gfm document: every node in document order, as it is entered.
/// The callers only read; one that changes nodes collects them first and changes them after
/// the walk (cmark's iterator must not see a tree change under it).
enum MarkdownTree {
    static func forEachNode(in document: OpaquePointer, _ body: (OpaquePointer, cmark_node_type) -> Void) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            body(node, cmark_node_get_type(node))
        }
    }

    /// The nodes of the given types, in document order.
    static func nodes(in document: OpaquePointer, where keep: (cmark_node_type) -> Bool) -> [OpaquePointer] {
        var nodes: [OpaquePointer] = []
        forEachNode(in: document) { node, type in if keep(type) { nodes.append(node) } }
        return nodes
    }
}
