import SaphaSupport

/// The dashboards' charts, drawn at build time as inline SVG: no chart library, no script,
/// integer coordinates only, so the same figures give the same bytes. Each chart is an image
/// named by its `<title>` (the one-sentence summary the page also prints) and the page shows
/// the same figures in an HTML table. Colours come from the theme's style sheet (`chart-*`
/// classes); every value is also written as text, so no figure is told by colour alone.
enum SVGChart {
    /// One cell of a strip: its class (`chart-held`, `chart-none`…) and the short text in it.
    struct Cell {
        var kind: String
        var mark: String
    }

    /// Rows of cells, one column per period (the last 12 months: meeting held, report
    /// published), the row labels on the left and the column labels below.
    static func strip(id: String, title: String, rows: [(label: String, cells: [Cell])],
                      columns: [(String, String?)]) -> String {
        let labelWidth = 64, cell = 24, gap = 2
        let width = labelWidth + columns.count * cell
        let height = rows.count * cell + 30
        var svg = open(id: id, title: title, width: width, height: height)
        for (r, row) in rows.enumerated() {
            let y = r * cell
            svg += text(row.label, x: labelWidth - 6, y: y + 17, anchor: "end")
            for (c, item) in row.cells.enumerated() {
                let x = labelWidth + c * cell
                svg += "<rect class=\"chart-\(item.kind)\" x=\"\(x + gap / 2)\" y=\"\(y + gap / 2)\" "
                    + "width=\"\(cell - gap)\" height=\"\(cell - gap)\" rx=\"3\"/>"
                if !item.mark.isEmpty { svg += text(item.mark, x: x + cell / 2, y: y + 17, anchor: "middle",
                    className: "chart-mark") }
            }
        }
        svg += columnLabels(columns, left: labelWidth, width: cell, top: rows.count * cell)
        return svg + "</svg>"
    }

    /// One column per period, its height `value` of `maximum`, its value written above it.
    static func columns(id: String, title: String, values: [(value: Int, text: String)],
                        columns: [(String, String?)], maximum: Int) -> String {
        let left = 4, width = 26, plot = 100, top = 16
        let chartWidth = max(left * 2 + values.count * width, 120)
        let height = top + plot + 28
        var svg = open(id: id, title: title, width: chartWidth, height: height)
        svg += "<line class=\"chart-axis\" x1=\"0\" y1=\"\(top + plot)\" x2=\"\(chartWidth)\" y2=\"\(top + plot)\"/>"
        for (c, item) in values.enumerated() {
            let h = maximum > 0 ? min(max(item.value, 0), maximum) * plot / maximum : 0
            let x = left + c * width
            svg += "<rect class=\"chart-column\" x=\"\(x + 3)\" y=\"\(top + plot - h)\" width=\"\(width - 6)\" "
                + "height=\"\(h)\"/>"
            svg += text(item.text, x: x + width / 2, y: top + plot - h - 4, anchor: "middle")
        }
        svg += columnLabels(columns, left: left, width: width, top: top + plot)
        return svg + "</svg>"
    }

    /// One bar per row, its length `value` of `maximum`, the label on the left and the value on the right.
    static func bars(id: String, title: String, rows: [(label: String, value: Int, text: String, kind: String)],
                     maximum: Int) -> String {
        let labelWidth = 128, barWidth = 150, row = 22
        let width = labelWidth + barWidth + 44
        var svg = open(id: id, title: title, width: width, height: rows.count * row + 4)
        for (r, item) in rows.enumerated() {
            let y = r * row + 2
            let length = maximum > 0 ? min(max(item.value, 0), maximum) * barWidth / maximum : 0
            svg += text(item.label, x: labelWidth - 6, y: y + 14, anchor: "end")
            svg += "<rect class=\"chart-\(item.kind)\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" "
                + "height=\"\(row - 8)\" rx=\"2\"/>"
            svg += text(item.text, x: labelWidth + length + 6, y: y + 14, anchor: "start")
        }
        return svg + "</svg>"
    }

    // MARK: Pieces

    private static func open(id: String, title: String, width: Int, height: Int) -> String {
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"\(id)\" viewBox=\"0 0 \(width) \(height)\" "
            + "width=\"\(width)\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title id=\"\(id)\">\(HTMLEscape.escape(title))</title>"
    }

    /// A label under each column, and a second line (the year) where one is given.
    private static func columnLabels(_ columns: [(String, String?)], left: Int, width: Int, top: Int) -> String {
        var svg = ""
        for (c, (label, second)) in columns.enumerated() {
            let x = left + c * width + width / 2
            svg += text(label, x: x, y: top + 13, anchor: "middle", className: "chart-small")
            if let second { svg += text(second, x: x, y: top + 26, anchor: "middle", className: "chart-small") }
        }
        return svg
    }

    private static func text(_ value: String, x: Int, y: Int, anchor: String, className: String? = nil) -> String {
        let cls = className.map { " class=\"\($0)\"" } ?? ""
        return "<text\(cls) x=\"\(x)\" y=\"\(y)\" text-anchor=\"\(anchor)\">\(HTMLEscape.escape(value))</text>"
    }
}
