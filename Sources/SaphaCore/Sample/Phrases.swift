import SaphaSupport

/// Thai civic phrases with their English translations, for the synthetic corpus.
/// `{place}` is replaced by a place name.
enum Phrases {
    typealias Pair = (th: String, en: String)

    static let places: [Pair] = [
        ("ซอยประชาอุทิศ 45", "Soi Pracha Uthit 45"), ("ถนนพุทธบูชา", "Phutthabucha Road"),
        ("ปากซอยวัดทุ่งครุ", "the mouth of Soi Wat Thung Khru"), ("หน้าโรงเรียนประจำเขต",
            "in front of the district school"),
        ("ตลาดสดชุมชน", "the community fresh market"), ("สะพานข้ามคลองบางมด", "the bridge over Khlong Bang Mot"),
        ("หมู่บ้านจัดสรรริมถนนใหญ่", "the housing estate on the main road"), ("ป้ายรถประจำทางหน้าวัด",
            "the bus stop in front of the temple"),
        ("ทางเดินริมคลอง", "the canal-side walkway"), ("ลานกีฬาชุมชน", "the community sports ground"),
        ("อาคารชุดริมถนนประชาอุทิศ", "the condominium on Pracha Uthit Road"), ("ซอยเข้าศูนย์บริการสาธารณสุข",
            "the soi to the public health centre"),
    ]

    static let issues: [IssueCategory: [Pair]] = [
        .traffic: [("การจราจรติดขัดบริเวณ{place} ช่วงเวลาเร่งด่วน", "Traffic congestion at {place} in rush hours"),
                   ("ขอให้ติดตั้งสัญญาณไฟจราจรที่{place}", "Request for traffic lights at {place}"),
                   ("รถจอดซ้อนคันบริเวณ{place}", "Double parking at {place}")],
        .roadsFootpaths: [("ผิวจราจรชำรุดเป็นหลุมบ่อที่{place}", "Damaged road surface with potholes at {place}"),
                          ("ทางเท้าทรุดตัวบริเวณ{place}", "Sunken footpath at {place}"),
                          ("ฝาท่อระบายน้ำชำรุดที่{place}", "Broken drain cover at {place}")],
        .floodingDrainage: [("น้ำท่วมขังหลังฝนตกที่{place}", "Flooding after rain at {place}"),
                            ("ท่อระบายน้ำอุดตันบริเวณ{place}", "Blocked drains at {place}"),
                            ("ขอให้ลอกท่อระบายน้ำที่{place}", "Request to dredge the drains at {place}")],
        .waste: [("ขยะตกค้างไม่มีการจัดเก็บที่{place}", "Uncollected waste at {place}"),
                 ("ขอถังขยะแยกประเภทเพิ่มที่{place}", "Request for more sorting bins at {place}")],
        .streetLighting: [("ไฟฟ้าส่องสว่างดับหลายจุดที่{place}", "Several street lights out at {place}"),
                          ("ขอติดตั้งไฟส่องสว่างเพิ่มบริเวณ{place}", "Request for more lighting at {place}")],
        .safety: [("ขอติดตั้งกล้องวงจรปิดบริเวณ{place}", "Request for CCTV at {place}"),
                  ("สายสื่อสารห้อยต่ำเป็นอันตรายที่{place}", "Low-hanging cables are a danger at {place}")],
        .environment: [("ต้นไม้ใหญ่กีดขวางทางเดินที่{place}", "Large trees block the way at {place}"),
                       ("ขอปรับปรุงภูมิทัศน์บริเวณ{place}", "Request to improve the landscape at {place}")],
        .other: [("ขอให้จัดเวทีรับฟังความคิดเห็นเรื่อง{place}", "Request for a public hearing about {place}")],
    ]

    static let details: [Pair] = [
        ("ผู้แทนชุมชนแจ้งว่าปัญหานี้เกิดขึ้นซ้ำหลายครั้งและกระทบการเดินทางของประชาชนในพื้นที่",
            "Community representatives said the problem keeps recurring and affects residents' travel."),
        ("สำนักงานเขตรับเรื่องและมอบหมายฝ่ายที่เกี่ยวข้องลงพื้นที่ตรวจสอบ",
            "The district office took the matter and asked the responsible section to inspect the site."),
        ("ที่ประชุมขอให้รายงานความคืบหน้าในการประชุมครั้งถัดไป",
            "The meeting asked for a progress report at the next meeting."),
        ("ผู้แทนหมู่บ้านจัดสรรเสนอให้ประสานหน่วยงานภายนอกร่วมแก้ไข",
            "Housing-estate representatives proposed working with outside agencies."),
        ("ฝ่ายโยธาประเมินว่าต้องใช้งบประมาณและเวลาดำเนินการประมาณหนึ่งเดือน",
            "The Public Works Section estimates a month of work and a budget."),
        ("ประชาชนสามารถแจ้งเพิ่มเติมผ่านระบบ Traffy Fondue หรือสายด่วน 1555",
            "Residents can report more through Traffy Fondue or the 1555 hotline."),
    ]

    /// Sentences of discussion in minutes.
    static let discussion: [Pair] = [
        ("ประธานกล่าวเปิดการประชุมและขอบคุณผู้แทนภาคประชาชนที่สละเวลามาร่วมประชุมอย่างต่อเนื่อง",
            "The chair opened the meeting and thanked the residents' representatives for attending regularly."),
        ("ผู้อำนวยการเขตชี้แจงว่าสำนักงานเขตได้รับเรื่องร้องเรียนผ่านช่องทางต่าง ๆ รวมทั้งระบบ Traffy Fondue "
            + "และสายด่วน 1555", "The district director explained that complaints arrive through several channels, "
                + "including Traffy Fondue and the 1555 hotline."),
        ("ผู้แทนชุมชนเสนอให้สำนักงานเขตจัดลำดับความสำคัญของปัญหาตามผลกระทบต่อผู้สูงอายุและเด็กนักเรียน",
            "A community representative proposed ranking problems by their effect on older people and schoolchildren."),
        ("ผู้แทนอาคารชุดแจ้งว่าผู้พักอาศัยจำนวนมากเดินทางด้วยรถโดยสารสาธารณะและต้องการทางเท้าที่ปลอดภัย",
            "A condominium representative said many residents travel by bus and need safe footpaths."),
        ("หัวหน้าฝ่ายโยธารายงานว่าได้สำรวจพื้นที่แล้วและจะจัดทำแผนซ่อมแซมตามงบประมาณที่ได้รับ",
            "The head of Public Works reported that the site was surveyed and a repair plan will follow the budget "
                + "received."),
        ("ที่ประชุมมีมติให้สำนักงานเขตประสานหน่วยงานที่เกี่ยวข้องและรายงานผลในการประชุมครั้งถัดไป",
            "The meeting resolved that the district office coordinate with the agencies concerned and report back "
                + "next time."),
        ("ผู้แทนสถานศึกษาขอให้เพิ่มจุดข้ามถนนและเจ้าหน้าที่อำนวยความสะดวกการจราจรช่วงเช้า",
            "A school representative asked for more pedestrian crossings and traffic wardens in the morning."),
        ("นักวิชาการในพื้นที่เสนอให้เปิดเผยข้อมูลความคืบหน้าเป็นรายเดือนเพื่อให้ประชาชนติดตามได้",
            "A local academic proposed publishing progress every month so that residents can follow it."),
        ("ผู้แทนหมู่บ้านจัดสรรแจ้งว่าน้ำท่วมขังทำให้รถเข้าออกหมู่บ้านไม่ได้ในวันที่ฝนตกหนัก",
            "A housing-estate representative said flooding blocks cars from entering the estate on days of heavy "
                + "rain."),
        ("ฝ่ายรักษาความสะอาดฯ แจ้งตารางการจัดเก็บขยะใหม่และขอความร่วมมือแยกขยะก่อนทิ้ง",
            "The Cleansing Section announced a new collection timetable and asked residents to sort waste."),
        ("ผู้แทนภาคธุรกิจยินดีสนับสนุนการปรับปรุงภูมิทัศน์บริเวณหน้าร้านค้าในซอย",
            "A business representative offered to support landscaping in front of the shops in the soi."),
        ("ที่ประชุมรับทราบและขอให้ผู้แทนแต่ละกลุ่มแจ้งข้อมูลต่อสมาชิกในพื้นที่ของตน",
            "The meeting took note and asked each representative to pass the information on to their members."),
    ]

    static let agenda: [Pair] = [
        ("รับรองรายงานการประชุมครั้งที่ผ่านมา", "Adoption of the minutes of the previous meeting"),
        ("ติดตามความคืบหน้าเรื่องที่ประชาชนแจ้ง", "Follow-up of the issues raised by residents"),
        ("เรื่องที่ประชาชนเสนอใหม่", "New issues raised by residents"),
        ("รายงานผลการดำเนินงานของสำนักงานเขตประจำเดือน", "The district office's monthly report"),
        ("การเตรียมความพร้อมรับมือฤดูฝน", "Preparing for the rainy season"),
        ("เรื่องอื่น ๆ", "Other business"),
    ]

    static let locations: [Pair] = [
        ("ห้องประชุมสำนักงานเขต ชั้น 3", "District office meeting room, 3rd floor"),
        ("ศาลาประชาคมชุมชน", "Community hall"),
        ("หอประชุมโรงเรียนในพื้นที่", "A local school's assembly hall"),
    ]

    static let sections: [Pair] = [("ฝ่ายโยธา", "Public Works Section"), ("ฝ่ายรักษาความสะอาดและสวนสาธารณะ",
        "Cleansing and Parks Section"),
                                   ("ฝ่ายเทศกิจ", "City Law Enforcement Section"), ("ฝ่ายปกครอง",
                                       "Administration Section")]

    static let obstacles: [Pair] = [("ไม่มี", "None"), ("ฝนตกหนักทำให้งานซ่อมล่าช้า", "Heavy rain delayed the repairs"),
                                    ("รอการอนุมัติงบประมาณ", "Waiting for budget approval")]
}
