import Testing
@testable import DocGraph

/// A province marked `(cũ)` is one merged away on 1 July 2025: a text of the unit it joined cites its documents, and is
/// not placed there (red team, round 20 r9, and round 19: a department's and a commune's texts of the new Hải Phòng,
/// placed in Hải Dương, made their own committee's resolution dangle). A former city's committee (`Thành ủy Cẩm Phả
/// (cũ)`, now a ward's) still places the ids it numbered, which its successor ward cites (red team 17's second wave).
@Suite("Places of units merged away")
struct FormerUnitPlaceTests {
    /// Where the text's numbers are placed (`DocumentRecord.numberingPlace`), not the address of its issuer.
    private func locality(_ text: String) -> String? {
        Fixtures.extract(text).documents.first?.numberingPlace
    }

    @Test("a province marked (cũ), named more often than the text's own, does not place it")
    func formerProvince() {
        let text = """
        UBND THÀNH PHỐ HẢI PHÒNG
        SỞ TƯ PHÁP
        Số: 19/KH-STP
        Hải Phòng, ngày 10 tháng 01 năm 2026

        KẾ HOẠCH
        Rà soát văn bản
        Căn cứ Quyết định số 15/2021/QĐ-UBND của UBND tỉnh Hải Dương (cũ);
        Căn cứ Nghị quyết số 05/2021/NQ-HĐND của HĐND tỉnh Hải Dương (cũ);
        Thực hiện Nghị quyết số 02-NQ/TU ngày 05/11/2025 của Thành ủy.

        """
        #expect(locality(text) == "Hải Phòng")
    }

    @Test("the same province without (cũ) is counted as before, the most named wins")
    func provinceNotFormer() {
        let text = """
        UBND THÀNH PHỐ HẢI PHÒNG
        SỞ TƯ PHÁP
        Số: 19/KH-STP
        Hải Phòng, ngày 10 tháng 01 năm 2026

        KẾ HOẠCH
        Căn cứ Quyết định số 15/2021/QĐ-UBND của UBND tỉnh Hải Dương;
        Căn cứ Nghị quyết số 05/2021/NQ-HĐND của HĐND tỉnh Hải Dương.

        """
        #expect(locality(text) == "Hải Dương")
        #expect(Locality.namesFormerUnit(Array("hai duong (cu);".utf8), from: 0, lineEnd: 15))
        #expect(!Locality.namesFormerUnit(Array("hai duong (cu the)".utf8), from: 0, lineEnd: 18))
    }
}
