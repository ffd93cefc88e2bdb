/// A YAML value as composed from the text (`YAMLComposer`): a scalar's text as written (no
/// type resolution: the decoders decide what a value means), a mapping's pairs in order with
/// duplicate keys kept (each reported at its own line), a sequence's items; each with the line
/// and column where it starts.
enum Node: Sendable {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)

    /// Where a line and column of the YAML text is, both from 1 (columns count characters).
    struct Mark: Sendable, Equatable {
        let line: Int
        let column: Int
    }

    struct Scalar: Sendable {
        /// How the value was written; libyaml's `yaml_scalar_style_t`, in its order.
        enum Style: UInt32, Sendable { case any, plain, singleQuoted, doubleQuoted, literal, folded }
        var string: String
        var style: Style
        var mark: Mark?
    }

    struct Mapping: Sendable, RandomAccessCollection {
        var pairs: [(key: Node, value: Node)]
        var mark: Mark?

        init(_ pairs: [(key: Node, value: Node)], mark: Mark? = nil) {
            self.pairs = pairs
            self.mark = mark
        }

        var startIndex: Int { pairs.startIndex }
        var endIndex: Int { pairs.endIndex }
        subscript(position: Int) -> (key: Node, value: Node) { pairs[position] }
    }

    struct Sequence: Sendable, RandomAccessCollection {
        var nodes: [Node]
        var mark: Mark?

        var startIndex: Int { nodes.startIndex }
        var endIndex: Int { nodes.endIndex }
        subscript(position: Int) -> Node { nodes[position] }
    }

    var mark: Mark? {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .mapping(let mapping): mapping.mark
        case .sequence(let sequence): sequence.mark
        }
    }

    var scalar: Scalar? {
        if case .scalar(let scalar) = self { scalar } else { nil }
    }
}
