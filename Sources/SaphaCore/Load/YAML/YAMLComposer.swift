import CLibYAML

/// YAML text to a `Node` tree, with libyaml's parser (Debian's libyaml-dev): each node keeps
/// its line and column, a mapping keeps duplicate keys (reported at their own line), an alias
/// is its anchor's node. One document at most; several are an error, as in Yams, whose
/// `compose` this replaces: Yams builds a class per event, a `Tag` object per node and each
/// scalar's text through Foundation's generic `String(bytes:encoding:)`, which together were
/// ~20 % of `sapha check`'s CPU on the 50-district sample (bench/README.md, "sapha check").
/// Nesting is bounded before (`YAMLHints.tooDeep`): the recursion here stays shallow.
enum YAMLComposer {
    static func compose(_ yaml: String) throws(YAMLError) -> Node? {
        // libyaml wants a non-null buffer; the empty text has no document.
        guard !yaml.isEmpty else { return nil }
        var text = yaml
        let result: Result<Node?, YAMLError> = text.withUTF8 { bytes in
            let session = Session(yaml: yaml)
            defer { session.close() }
            do throws(YAMLError) {
                try session.open(bytes)
                return .success(try session.singleRoot())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// One parse: libyaml's parser and the anchors seen so far.
    private final class Session {
        let yaml: String
        var parser = yaml_parser_t()
        var anchors: [String: Node] = [:]
        var initialised = false

        init(yaml: String) { self.yaml = yaml }

        func open(_ bytes: UnsafeBufferPointer<UInt8>) throws(YAMLError) {
            guard yaml_parser_initialize(&parser) == 1 else { throw .memory }
            initialised = true
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
        }

        func close() {
            if initialised { yaml_parser_delete(&parser) }
        }

        /// The only document's root; nil for a stream without one.
        func singleRoot() throws(YAMLError) -> Node? {
            try skip()  // stream start
            var event = try next()
            guard event.type != YAML_STREAM_END_EVENT else {
                yaml_event_delete(&event)
                return nil
            }
            yaml_event_delete(&event)  // document start
            let root = try load(try next())
            try skip()  // document end
            var last = try next()
            defer { yaml_event_delete(&last) }
            guard last.type == YAML_STREAM_END_EVENT else {
                throw .composer(context: .init(text: "expected a single document in the stream",
                                               mark: Node.Mark(line: 1, column: 1)),
                                problem: "but found another document", mark(last.start_mark), yaml: yaml)
            }
            return root
        }

        /// The next event, which the caller deletes (`load` does).
        private func next() throws(YAMLError) -> yaml_event_t {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { throw error() }
            return event
        }

        private func skip() throws(YAMLError) {
            var event = try next()
            yaml_event_delete(&event)
        }

        /// The node that starts with `first`, and every event up to its end.
        private func load(_ first: yaml_event_t) throws(YAMLError) -> Node {
            var first = first
            defer { yaml_event_delete(&first) }
            let start = mark(first.start_mark)
            let node: Node
            let anchor: UnsafeMutablePointer<yaml_char_t>?
            switch first.type {
            case YAML_ALIAS_EVENT:
                guard let name = text(first.data.alias.anchor), let target = anchors[name] else {
                    throw .composer(context: nil, problem: "found undefined alias", start, yaml: yaml)
                }
                return target
            case YAML_SCALAR_EVENT:
                let scalar = first.data.scalar
                let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length),
                                   as: UTF8.self)
                let style = Node.Scalar.Style(rawValue: scalar.style.rawValue) ?? .any
                node = .scalar(Node.Scalar(string: value, style: style, mark: start))
                anchor = scalar.anchor
            case YAML_SEQUENCE_START_EVENT:
                var items: [Node] = []
                while true {
                    var event = try next()
                    if event.type == YAML_SEQUENCE_END_EVENT {
                        yaml_event_delete(&event)
                        break
                    }
                    items.append(try load(event))
                }
                node = .sequence(Node.Sequence(nodes: items, mark: start))
                anchor = first.data.sequence_start.anchor
            case YAML_MAPPING_START_EVENT:
                var pairs: [(key: Node, value: Node)] = []
                while true {
                    var event = try next()
                    if event.type == YAML_MAPPING_END_EVENT {
                        yaml_event_delete(&event)
                        break
                    }
                    let key = try load(event)
                    pairs.append((key, try load(try next())))
                }
                node = .mapping(Node.Mapping(pairs, mark: start))
                anchor = first.data.mapping_start.anchor
            default:
                preconditionFailure("libyaml gave event \(first.type) where a node starts")
            }
            if let name = text(anchor) { anchors[name] = node }
            return node
        }

        private func mark(_ mark: yaml_mark_t) -> Node.Mark {
            Node.Mark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        }

        private func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: UnsafePointer($0)) }
        }

        /// The parser's error, in its words.
        private func error() -> YAMLError {
            let problem = parser.problem.map { String(cString: $0) } ?? ""
            let at = mark(parser.problem_mark)
            let context = parser.context.map {
                YAMLError.Context(text: String(cString: $0), mark: mark(parser.context_mark))
            }
            switch parser.error {
            case YAML_MEMORY_ERROR: return .memory
            case YAML_READER_ERROR: return .reader(problem: problem, yaml: yaml)
            case YAML_SCANNER_ERROR: return .scanner(context: context, problem: problem, at, yaml: yaml)
            case YAML_PARSER_ERROR: return .parser(context: context, problem: problem, at, yaml: yaml)
            default: return .composer(context: context, problem: problem, at, yaml: yaml)
            }
        }
    }
}
