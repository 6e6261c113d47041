import Testing
@testable import DocGraph

/// `CHỈ THỊ` / `VỀ` / `VIỆC CHẤN CHỈNH … HIỆU QUẢ GIẢI QUYẾT CÔNG VIỆC VÀ THAM MƯU` / `CỦA CÁC CƠ QUAN, ĐỊA PHƯƠNG, ĐƠN VỊ
/// TRÊN ĐỊA BÀN TỈNH` / `Trong thời gian qua, thực hiện chỉ đạo của UBND tỉnh tại Chỉ thị số 07/CT-UBND …` (evaluation
/// batch 27, Lâm Đồng 07/CT-UBND of 2023): the wrapped `CỦA CÁC …` line is the subject's, not the issuer, and the title's
/// `THAM MƯU` makes nothing after it a plan.
@Suite("Titles in capitals over the first sentence")
struct CapitalsTitleTests {
    private let text = """
    ỦY BAN NHÂN DÂN
    TỈNH LÂM ĐỒNG
    Số: 07/CT-UBND
    Lâm Đồng, ngày 26 tháng 4 năm 2023
    CHỈ THỊ
    VỀ VIỆC CHẤN CHỈNH LỀ LỐI LÀM VIỆC, NÂNG CAO HIỆU QUẢ GIẢI QUYẾT CÔNG VIỆC VÀ THAM MƯU
    CỦA CÁC CƠ QUAN, ĐỊA PHƯƠNG, ĐƠN VỊ TRÊN ĐỊA BÀN TỈNH
    Trong thời gian qua, thực hiện chỉ đạo của UBND tỉnh
    tại Chỉ thị số 07/CT-UBND ngày 31/5/2021; các cơ quan đã có nhiều chuyển biến.

    """

    @Test("a title's wrapped `CỦA CÁ NHÂN, TỔ CHỨC …` is its subject's, the authority line under it decides (evaluation batch 30, Quảng Ninh 1272/2014/QĐ-UBND)")
    func peopleWhoseActsTheTitleIsAbout() {
        let decision = """
        ỦY BAN NHÂN DÂN
        TỈNH QUẢNG NINH
        Số: 1272/2014/QĐ-UBND
        Quảng Ninh, ngày 17 tháng 06 năm 2014
        QUYẾT ĐỊNH
        VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ
        CỦA CÁ NHÂN, TỔ CHỨC VỀ QUY ĐỊNH HÀNH CHÍNH TRÊN ĐỊA BÀN TỈNH QUẢNG NINH
        ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
        Căn cứ Nghị định số 20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ;

        """
        let record = Fixtures.extract(decision).documents.first
        #expect(record?.issuer == "Ủy ban nhân dân tỉnh Quảng Ninh")
        #expect(record?.title?.folded.contains("cua ca nhan, to chuc") == true, "\(String(describing: record?.title))")
    }

    @Test("the issuer is the header's, and the title's wrapped line is its subject")
    func issuer() {
        let record = Fixtures.extract(text).documents.first
        #expect(record?.issuer == "Ủy ban nhân dân tỉnh Lâm Đồng")
        #expect(record?.title?.folded.contains("cua cac co quan") == true, "\(String(describing: record?.title))")
    }

    @Test("the directive carried out is enacted")
    func enacted() throws {
        let c = try #require(Fixtures.extract(text).citations.first { !$0.isSelfReference && $0.id.description == "07/CT-UBND" })
        #expect(c.modality == .enacted)
    }

    @Test("a body's CỦA line is the issuer still")
    func bodyLine() {
        let party = "ĐẢNG CỘNG SẢN VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG\nSố 21-KL/TW\nHà Nội, ngày 25 tháng 10 năm 2021\nKẾT LUẬN\nCỦA BỘ CHÍNH TRỊ\nVỀ VIỆC THỬ\nNội dung.\n"
        #expect(Fixtures.extract(party).documents.first?.issuer == "Bộ Chính trị")
    }
}
