import SaphaSupport

/// The 50 districts of Bangkok with their BMA codes, URL slugs and official names.
/// Every site has a page for each of them, with or without content.
public enum DistrictRegistry {
    public struct Entry: Sendable, Hashable {
        public let code: Int
        public let slug: String
        public let nameEN: String
        public let nameTH: String

        /// The official name in both languages, for messages.
        package var name: Bilingual { Bilingual(en: nameEN, th: nameTH) }
    }

    /// The position in `all` of the district whose folder is `slug`.
    public static func index(slug: String) -> Int? { indexBySlug[slug] }

    private static let indexBySlug: [String: Int] = Dictionary(
        uniqueKeysWithValues: all.enumerated().map { ($1.slug, $0) })

    /// In BMA code order.
    public static let all: [Entry] = [
        Entry(code: 1001, slug: "phra-nakhon", nameEN: "Phra Nakhon", nameTH: "พระนคร"),
        Entry(code: 1002, slug: "dusit", nameEN: "Dusit", nameTH: "ดุสิต"),
        Entry(code: 1003, slug: "nong-chok", nameEN: "Nong Chok", nameTH: "หนองจอก"),
        Entry(code: 1004, slug: "bang-rak", nameEN: "Bang Rak", nameTH: "บางรัก"),
        Entry(code: 1005, slug: "bang-khen", nameEN: "Bang Khen", nameTH: "บางเขน"),
        Entry(code: 1006, slug: "bang-kapi", nameEN: "Bang Kapi", nameTH: "บางกะปิ"),
        Entry(code: 1007, slug: "pathum-wan", nameEN: "Pathum Wan", nameTH: "ปทุมวัน"),
        Entry(code: 1008, slug: "pom-prap-sattru-phai", nameEN: "Pom Prap Sattru Phai", nameTH: "ป้อมปราบศัตรูพ่าย"),
        Entry(code: 1009, slug: "phra-khanong", nameEN: "Phra Khanong", nameTH: "พระโขนง"),
        Entry(code: 1010, slug: "min-buri", nameEN: "Min Buri", nameTH: "มีนบุรี"),
        Entry(code: 1011, slug: "lat-krabang", nameEN: "Lat Krabang", nameTH: "ลาดกระบัง"),
        Entry(code: 1012, slug: "yan-nawa", nameEN: "Yan Nawa", nameTH: "ยานนาวา"),
        Entry(code: 1013, slug: "samphanthawong", nameEN: "Samphanthawong", nameTH: "สัมพันธวงศ์"),
        Entry(code: 1014, slug: "phaya-thai", nameEN: "Phaya Thai", nameTH: "พญาไท"),
        Entry(code: 1015, slug: "thon-buri", nameEN: "Thon Buri", nameTH: "ธนบุรี"),
        Entry(code: 1016, slug: "bangkok-yai", nameEN: "Bangkok Yai", nameTH: "บางกอกใหญ่"),
        Entry(code: 1017, slug: "huai-khwang", nameEN: "Huai Khwang", nameTH: "ห้วยขวาง"),
        Entry(code: 1018, slug: "khlong-san", nameEN: "Khlong San", nameTH: "คลองสาน"),
        Entry(code: 1019, slug: "taling-chan", nameEN: "Taling Chan", nameTH: "ตลิ่งชัน"),
        Entry(code: 1020, slug: "bangkok-noi", nameEN: "Bangkok Noi", nameTH: "บางกอกน้อย"),
        Entry(code: 1021, slug: "bang-khun-thian", nameEN: "Bang Khun Thian", nameTH: "บางขุนเทียน"),
        Entry(code: 1022, slug: "phasi-charoen", nameEN: "Phasi Charoen", nameTH: "ภาษีเจริญ"),
        Entry(code: 1023, slug: "nong-khaem", nameEN: "Nong Khaem", nameTH: "หนองแขม"),
        Entry(code: 1024, slug: "rat-burana", nameEN: "Rat Burana", nameTH: "ราษฎร์บูรณะ"),
        Entry(code: 1025, slug: "bang-phlat", nameEN: "Bang Phlat", nameTH: "บางพลัด"),
        Entry(code: 1026, slug: "din-daeng", nameEN: "Din Daeng", nameTH: "ดินแดง"),
        Entry(code: 1027, slug: "bueng-kum", nameEN: "Bueng Kum", nameTH: "บึงกุ่ม"),
        Entry(code: 1028, slug: "sathon", nameEN: "Sathon", nameTH: "สาทร"),
        Entry(code: 1029, slug: "bang-sue", nameEN: "Bang Sue", nameTH: "บางซื่อ"),
        Entry(code: 1030, slug: "chatuchak", nameEN: "Chatuchak", nameTH: "จตุจักร"),
        Entry(code: 1031, slug: "bang-kho-laem", nameEN: "Bang Kho Laem", nameTH: "บางคอแหลม"),
        Entry(code: 1032, slug: "prawet", nameEN: "Prawet", nameTH: "ประเวศ"),
        Entry(code: 1033, slug: "khlong-toei", nameEN: "Khlong Toei", nameTH: "คลองเตย"),
        Entry(code: 1034, slug: "suan-luang", nameEN: "Suan Luang", nameTH: "สวนหลวง"),
        Entry(code: 1035, slug: "chom-thong", nameEN: "Chom Thong", nameTH: "จอมทอง"),
        Entry(code: 1036, slug: "don-mueang", nameEN: "Don Mueang", nameTH: "ดอนเมือง"),
        Entry(code: 1037, slug: "ratchathewi", nameEN: "Ratchathewi", nameTH: "ราชเทวี"),
        Entry(code: 1038, slug: "lat-phrao", nameEN: "Lat Phrao", nameTH: "ลาดพร้าว"),
        Entry(code: 1039, slug: "watthana", nameEN: "Watthana", nameTH: "วัฒนา"),
        Entry(code: 1040, slug: "bang-khae", nameEN: "Bang Khae", nameTH: "บางแค"),
        Entry(code: 1041, slug: "lak-si", nameEN: "Lak Si", nameTH: "หลักสี่"),
        Entry(code: 1042, slug: "sai-mai", nameEN: "Sai Mai", nameTH: "สายไหม"),
        Entry(code: 1043, slug: "khan-na-yao", nameEN: "Khan Na Yao", nameTH: "คันนายาว"),
        Entry(code: 1044, slug: "saphan-sung", nameEN: "Saphan Sung", nameTH: "สะพานสูง"),
        Entry(code: 1045, slug: "wang-thonglang", nameEN: "Wang Thonglang", nameTH: "วังทองหลาง"),
        Entry(code: 1046, slug: "khlong-sam-wa", nameEN: "Khlong Sam Wa", nameTH: "คลองสามวา"),
        Entry(code: 1047, slug: "bang-na", nameEN: "Bang Na", nameTH: "บางนา"),
        Entry(code: 1048, slug: "thawi-watthana", nameEN: "Thawi Watthana", nameTH: "ทวีวัฒนา"),
        Entry(code: 1049, slug: "thung-khru", nameEN: "Thung Khru", nameTH: "ทุ่งครุ"),
        Entry(code: 1050, slug: "bang-bon", nameEN: "Bang Bon", nameTH: "บางบอน"),
    ]
}
