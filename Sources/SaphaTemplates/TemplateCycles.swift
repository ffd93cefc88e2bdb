import SaphaSupport

/// Partials and parents that lead back to themselves (`a` includes `a`, or `a` → `b` → `a`):
/// rendering would recurse until the stack overflows, so the theme is refused when it loads.
package enum TemplateCycles {
    package struct Cycle {
        package var path: [String]
        package var location: SourceLocation
    }

    /// Each cycle once, reported at the tag that closes it (the first, in file and line
    /// order, of the edges on the cycle). `edges`: from template, to template, and where.
    package static func find(_ edges: [(from: String, to: String, file: String, line: Int, column: Int)]) -> [Cycle] {
        var outgoing: [String: [(to: String, location: SourceLocation)]] = [:]
        for edge in edges {
            outgoing[edge.from, default: []].append((edge.to, SourceLocation(file: edge.file, line: edge.line,
                column: edge.column)))
        }
        for key in outgoing.keys { outgoing[key]!.sort { $0.location < $1.location } }
        var cycles: [Cycle] = []
        var reported: Set<[String]> = []
        // Iterative depth-first search from every template (themes have tens of templates).
        for start in outgoing.keys.sorted() {
            var stack: [(name: String, next: Int)] = [(start, 0)]
            var onPath: [String] = [start]
            var locations: [SourceLocation] = []
            var visited: Set<String> = [start]
            while let top = stack.last {
                let children = outgoing[top.name] ?? []
                guard top.next < children.count else {
                    stack.removeLast()
                    onPath.removeLast()
                    if !locations.isEmpty { locations.removeLast() }
                    continue
                }
                stack[stack.count - 1].next += 1
                let child = children[top.next]
                if child.to == start {
                    let path = onPath + [start]
                    let key = canonical(Array(path.dropLast()))
                    if reported.insert(key).inserted {
                        cycles.append(Cycle(path: path, location: (locations + [child.location]).min()!))
                    }
                } else if !visited.contains(child.to) {
                    visited.insert(child.to)
                    stack.append((child.to, 0))
                    onPath.append(child.to)
                    locations.append(child.location)
                }
            }
        }
        return cycles.sorted { $0.location < $1.location }
    }

    /// A cycle's members rotated to start at the smallest name, so each is reported once.
    package static func canonical(_ members: [String]) -> [String] {
        guard let smallest = members.indices.min(by: { members[$0] < members[$1] }) else { return members }
        return Array(members[smallest...] + members[..<smallest])
    }
}
