import type { Outline } from "./types.ts";

/**
 * "ĐỀ CƯƠNG BÁO CÁO HOẠT ĐỘNG KIỂM SOÁT THỦ TỤC HÀNH CHÍNH", attached to Cần Thơ's Kế hoạch
 * 20/KH-UBND of 21 January 2021 (seed 003): its eleven items under I, then II–IV. The guidance is
 * the outline's own bullet lines. Item 2 concerns drafting the city's legal documents, which only
 * the city's departments do.
 */
export const canTho2021: Outline = {
  id: "can-tho-2021",
  title: { vi: "Báo cáo hoạt động kiểm soát thủ tục hành chính", en: "Report on administrative-procedure control" },
  basis: {
    vi: "Theo Đề cương báo cáo kèm theo Kế hoạch số 20/KH-UBND ngày 21/01/2021 của UBND thành phố Cần Thơ",
    en: "After the report outline attached to Cần Thơ plan 20/KH-UBND of 21 January 2021",
  },
  levels: ["cap-tinh", "cap-huyen", "cap-xa"],
  periodTypes: ["quarter", "half-year", "year"],
  parts: [
    {
      number: "I",
      title: { vi: "TÌNH HÌNH, KẾT QUẢ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH", en: "Administrative-procedure control: situation and results" },
      sections: [
        {
          id: "direction", number: "1", maxLength: 4000,
          title: { vi: "Công tác chỉ đạo, điều hành và tổ chức thực hiện hoạt động kiểm soát thủ tục hành chính", en: "Direction and organisation of procedure control" },
          short: { vi: "Chỉ đạo, điều hành", en: "Direction" },
          guidance: [
            "Việc ban hành các văn bản hướng dẫn, chỉ đạo thực hiện kiểm soát thủ tục hành chính;",
            "Tình hình đôn đốc, tổ chức thực hiện kiểm soát thủ tục hành chính;",
            "Công tác tổ chức, nhân sự thực hiện kiểm soát thủ tục hành chính;",
            "Tình hình bố trí và sử dụng kinh phí kiểm soát thủ tục hành chính; những vướng mắc, khó khăn trong quá trình triển khai thực hiện (nếu có).",
          ],
          example: "Ban hành Kế hoạch kiểm soát thủ tục hành chính năm và phân công công chức đầu mối; kinh phí bố trí trong dự toán thường xuyên, không phát sinh vướng mắc.",
        },
        {
          id: "impact", number: "2", maxLength: 4000, levels: ["cap-tinh"],
          title: {
            vi: "Đánh giá tác động thủ tục hành chính và việc tiếp thu, giải trình nội dung tham gia ý kiến về quy định thủ tục hành chính của cơ quan chủ trì soạn thảo",
            en: "Impact assessment of procedures in draft regulations, and how comments were taken up",
          },
          short: { vi: "Đánh giá tác động TTHC", en: "Impact assessment" },
          guidance: [
            "Việc đánh giá tác động thủ tục hành chính trong lập đề nghị xây dựng và dự thảo văn bản quy phạm pháp luật thuộc thẩm quyền ban hành của Hội đồng nhân dân, Ủy ban nhân dân thành phố (nếu được giao trong luật).",
            "Nêu rõ việc tiếp thu, giải trình của cơ quan chủ trì soạn thảo đối với ý kiến về quy định thủ tục hành chính của các cơ quan tham gia thẩm định (nếu có).",
          ],
          example: "Không có.",
        },
        {
          id: "publication", number: "3", maxLength: 4000, forms: ["publication"],
          title: { vi: "Về công bố, công khai thủ tục hành chính", en: "Publication of procedures" },
          short: { vi: "Công bố, công khai TTHC", en: "Publication" },
          guidance: [
            "Tình hình công bố thủ tục hành chính: tham mưu ban hành Quyết định công bố kịp thời theo quy định; tổng số Quyết định công bố đang áp dụng, tổng số thủ tục hành chính thuộc thẩm quyền giải quyết, trong đó thủ tục giải quyết qua cơ chế một cửa, một cửa liên thông, qua bưu chính công ích, dịch vụ công trực tuyến.",
            "Tình hình, kết quả công khai thủ tục hành chính: tính đầy đủ, kịp thời (niêm yết tại đơn vị và trên Trang thông tin điện tử); nội dung, kết cấu và hình thức công khai.",
          ],
          example: "Niêm yết đầy đủ, kịp thời các thủ tục hành chính đã công bố tại Bộ phận Một cửa và trên Trang thông tin điện tử của đơn vị.",
        },
        {
          id: "handling", number: "4", maxLength: 6000, forms: ["dossiers"],
          title: { vi: "Về giải quyết thủ tục hành chính", en: "Handling of dossiers" },
          short: { vi: "Giải quyết TTHC", en: "Handling" },
          guidance: [
            "Việc giải quyết thủ tục hành chính dựa trên các văn bản quy phạm pháp luật có quy định thủ tục hành chính và nội dung được niêm yết, công khai trên Cơ sở dữ liệu quốc gia về thủ tục hành chính;",
            "Việc thực hiện cơ chế một cửa, một cửa liên thông theo Thông tư số 01/2018/TT-VPCP;",
            "Kết quả giải quyết: tổng hồ sơ (một cửa, liên thông, trực tuyến, bưu chính công ích), trong đó mới tiếp nhận, từ kỳ trước chuyển qua; giải quyết đúng hạn, trễ hạn;",
            "Việc triển khai mẫu văn bản xin lỗi cá nhân, tổ chức khi giải quyết trễ hạn;",
            "Việc thực hiện trách nhiệm của cơ quan và của cán bộ, công chức được phân công thực hiện thủ tục hành chính.",
          ],
          example: "Hồ sơ được tiếp nhận, giải quyết theo quy trình nội bộ đã công bố; hồ sơ trễ hạn đều có văn bản xin lỗi gửi tổ chức, cá nhân.",
        },
        {
          id: "review", number: "5", maxLength: 4000, forms: ["review"],
          title: { vi: "Về rà soát, đánh giá thủ tục hành chính", en: "Review of procedures" },
          short: { vi: "Rà soát, đánh giá TTHC", en: "Review" },
          guidance: [
            "Việc xây dựng, ban hành và tổ chức triển khai kế hoạch rà soát, đánh giá thủ tục hành chính;",
            "Tiến độ, kết quả rà soát, đánh giá thủ tục hành chính theo kế hoạch được phê duyệt;",
            "Việc xử lý kết quả rà soát; tình hình, kết quả thực thi phương án đơn giản hóa thủ tục hành chính đã được phê duyệt.",
          ],
          example: "Thực hiện rà soát theo Kế hoạch của Ủy ban nhân dân thành phố; chưa phát sinh phương án đơn giản hóa mới trong kỳ.",
        },
        {
          id: "feedback", number: "6", maxLength: 4000, forms: ["feedback"],
          title: { vi: "Về tiếp nhận và xử lý phản ánh, kiến nghị về quy định hành chính", en: "Citizen feedback on administrative regulations" },
          short: { vi: "Phản ánh, kiến nghị", en: "Feedback" },
          guidance: [
            "Tổng số phản ánh, kiến nghị đã tiếp nhận trong kỳ, trong đó về quy định hành chính; về hành vi hành chính;",
            "Tình hình, kết quả xử lý: số đã chuyển xử lý, số đã có kết quả xử lý.",
          ],
          example: "Các phản ánh, kiến nghị đều được tiếp nhận qua Hệ thống thông tin và xử lý, trả lời đúng hạn.",
        },
        {
          id: "communication", number: "7", maxLength: 4000,
          title: {
            vi: "Công tác truyền thông về hoạt động kiểm soát thủ tục hành chính và thực hiện chế độ thông tin, báo cáo về tình hình, kết quả thực hiện kiểm soát thủ tục hành chính",
            en: "Communication on procedure control, and reporting",
          },
          short: { vi: "Truyền thông, chế độ báo cáo", en: "Communication and reporting" },
          guidance: [
            "Kế hoạch và quá trình triển khai kế hoạch truyền thông về kiểm soát thủ tục hành chính (nội bộ và qua phương tiện thông tin đại chúng);",
            "Truyền thông về việc thực hiện thủ tục hành chính trên môi trường điện tử;",
            "Tính đầy đủ, kịp thời, chính xác của việc thực hiện chế độ thông tin, báo cáo.",
          ],
          example: "Không có.",
        },
        {
          id: "one_stop", number: "8", maxLength: 4000, forms: ["centers"],
          title: {
            vi: "Công tác triển khai thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính (Nghị định số 61/2018/NĐ-CP)",
            en: "The one-stop mechanism (Decree 61/2018)",
          },
          short: { vi: "Cơ chế một cửa, một cửa liên thông", en: "One-stop desk" },
          guidance: [
            "Tình hình bố trí công chức, trang thiết bị Bộ phận Một cửa; xây dựng quy trình nội bộ;",
            "Tỷ lệ thủ tục hành chính tiếp nhận và trả kết quả tại Bộ phận Một cửa; công khai danh mục thủ tục tiếp nhận tại Bộ phận Một cửa và trực tuyến;",
            "Chuyển đổi hồ sơ giấy thành hồ sơ điện tử; đánh giá việc giải quyết thủ tục hành chính; đề xuất thủ tục thực hiện liên thông (nếu có).",
          ],
          example: "Bộ phận Một cửa bố trí đủ công chức và trang thiết bị; quy trình nội bộ được công khai.",
        },
        {
          id: "digitisation", number: "9", maxLength: 4000, forms: ["digital"],
          title: { vi: "Công tác số hóa kết quả giải quyết thủ tục hành chính", en: "Digitisation of results" },
          short: { vi: "Số hóa kết quả giải quyết", en: "Digitisation" },
          guidance: [
            "Rà soát, phân loại kết quả giải quyết thủ tục hành chính còn hiệu lực;",
            "Đầu tư nâng cấp trang thiết bị phục vụ công tác số hóa;",
            "Bố trí cán bộ, công chức, viên chức phụ trách việc số hóa kết quả giải quyết thủ tục hành chính.",
          ],
          example: "Số hóa hồ sơ, kết quả giải quyết ngay khi tiếp nhận và trả kết quả; trang thiết bị đáp ứng yêu cầu.",
        },
        {
          id: "online", number: "10", maxLength: 4000,
          title: {
            vi: "Tình hình tổ chức thực hiện thủ tục hành chính trên môi trường điện tử (Nghị định số 45/2020/NĐ-CP)",
            en: "Procedures in the electronic environment (Decree 45/2020)",
          },
          short: { vi: "Thực hiện TTHC trên môi trường điện tử", en: "Electronic environment" },
          guidance: [
            "Đăng ký tài khoản trên Cổng Dịch vụ công quốc gia;",
            "Rà soát, tái cấu trúc quy trình, tích hợp, cung cấp dịch vụ công trực tuyến lên Cổng Dịch vụ công quốc gia;",
            "Tiếp nhận, giải quyết thủ tục hành chính trên môi trường mạng; thanh toán phí, lệ phí trực tuyến;",
            "Cung cấp dịch vụ chứng thực bản sao điện tử từ bản chính.",
          ],
          example: "Hướng dẫn tổ chức, cá nhân nộp hồ sơ và thanh toán trực tuyến tại Bộ phận Một cửa.",
        },
        {
          id: "other", number: "11", maxLength: 4000,
          title: { vi: "Nội dung khác", en: "Other matters" },
          guidance: [
            "Phúc tra việc thực hiện kết luận kiểm tra lần trước; thanh tra, kiểm tra: số lần, hình thức, kết quả;",
            "Khen thưởng, xử lý cán bộ, công chức vi phạm quy định về kiểm soát thủ tục hành chính;",
            "Tiếp nhận và trả kết quả qua dịch vụ bưu chính công ích;",
            "Thực hiện liên thông các thủ tục hành chính (khai sinh, thường trú, bảo hiểm y tế cho trẻ em dưới 6 tuổi; khai tử, mai táng phí …).",
          ],
          example: "Không có.",
        },
      ],
    },
    {
      number: "II",
      title: { vi: "ĐÁNH GIÁ CHUNG", en: "General assessment" },
      sections: [
        {
          id: "assessment", number: null, maxLength: 8000,
          title: { vi: "Đánh giá chung", en: "General assessment" },
          guidance: [
            "Đánh giá chung về hiệu quả công tác kiểm soát thủ tục hành chính; so sánh kỳ này với cùng kỳ năm trước;",
            "Tự đánh giá mức độ hoàn thành công tác kiểm soát thủ tục hành chính của cơ quan, đơn vị;",
            "Những khó khăn, vướng mắc, tồn tại, hạn chế; phân tích rõ nguyên nhân chủ quan, khách quan.",
          ],
          example: "Hoàn thành các nhiệm vụ kiểm soát thủ tục hành chính theo kế hoạch; tỷ lệ hồ sơ giải quyết đúng hạn tăng so với cùng kỳ năm trước. Khó khăn: đường truyền tại một số điểm tiếp nhận còn chậm.",
        },
      ],
    },
    {
      number: "III",
      title: { vi: "PHƯƠNG HƯỚNG NHIỆM VỤ", en: "Directions and tasks" },
      sections: [
        {
          id: "directions", number: null, maxLength: 4000,
          title: { vi: "Phương hướng nhiệm vụ", en: "Directions and tasks" },
          guidance: ["Những định hướng, mục tiêu cơ bản, giải pháp, nhiệm vụ cụ thể trong công tác kiểm soát thủ tục hành chính sẽ tập trung thực hiện trong thời gian tới."],
          example: "Tiếp tục đẩy mạnh tiếp nhận hồ sơ trực tuyến và số hóa kết quả giải quyết.",
        },
      ],
    },
    {
      number: "IV",
      title: { vi: "KIẾN NGHỊ VÀ ĐỀ XUẤT", en: "Recommendations and proposals" },
      sections: [
        {
          id: "recommendations", number: null, maxLength: 4000,
          title: { vi: "Kiến nghị và đề xuất", en: "Recommendations and proposals" },
          guidance: [
            "Kiến nghị bổ sung, điều chỉnh chính sách, pháp luật về thủ tục hành chính, kiểm soát thủ tục hành chính (nếu phát hiện thiếu sót, bất cập);",
            "Kiến nghị hướng dẫn thực hiện các quy định (nếu có vướng mắc);",
            "Đề xuất giải pháp, sáng kiến nâng cao hiệu quả công tác kiểm soát thủ tục hành chính; các nội dung khác cần kiến nghị.",
          ],
          example: "Không có.",
        },
      ],
    },
  ],
};
