import SaphaSupport
import SaphaTemplates

/// The `page` values of the data page (`/th/data/`): every open-data download with its size
/// and the licence `site.yaml` gives — the city's files first, then each district's, the
/// spreadsheets in the page's language.
extension PageBuilder {
    func data(sizes: [String: Int]) -> TemplateObject {
        let config = c.env.site.config
        func file(_ label: String, _ path: String, _ type: String) -> TemplateObject {
            values(["label": label, "href": urls.href(asset: path), "type": type,
                    "size": sizes[path].map(size)])
        }
        let kinds = OpenDataTables.Kind.allCases
        let city: [TemplateObject] = kinds.map { kind in
            values(["label": c.i18n["data.kind.\(kind.rawValue)"],
                    "csv": file("CSV", OpenDataTables.path(language, nil, kind), "text/csv")])
        }
        let districts: [TemplateObject] = c.env.site.districts.map { d in
            let slug = d.district.slug
            var row = c.districtLink(d)
            row["json"] = file("JSON", OpenData.jsonPath(slug), "application/json")
            row["popolo"] = file("Popolo", Popolo.path(slug), "application/json")
            row["tables"] = kinds.map { file(c.i18n["data.kind.\($0.rawValue)"],
                OpenDataTables.path(language, slug, $0), "text/csv") }
            return row
        }
        return values([
            "licence": config.licence?.text(language),
            "licence_href": config.licenceURL,
            "index": file("JSON", OpenData.indexPath, "application/json"),
            "all": file("JSON", OpenData.allPath, "application/json"),
            "popolo": file("Popolo", Popolo.path(nil), "application/json"),
            "city": city,
            "kinds": kinds.map { c.i18n["data.kind.\($0.rawValue)"] },
            "districts": districts,
            "docs_note": c.i18n["data.docs"],
        ])
    }

    /// `812 B`, `12.3 kB`, `4.1 MB` (decimal units, one decimal place from kB).
    func size(_ bytes: Int) -> String {
        if bytes < 1000 { return c.number(bytes) + " B" }
        let (unit, scale) = bytes < 1_000_000 ? ("kB", 100) : ("MB", 100_000)
        let tenths = (bytes + scale / 2) / scale
        return c.dates.digits("\(tenths / 10).\(tenths % 10)", language) + " " + unit
    }
}
