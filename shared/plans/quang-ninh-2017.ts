import type { Plan } from "./types.ts";

/** Quảng Ninh's plan of 10/4/2017 (seed 002, Kế hoạch 239/KH-UBND): procedures handled at the public administration centres. */
export const quangNinh2017: Plan = {
  id: "quang-ninh-2017",
  title: {
    vi: "Kế hoạch 239/KH-UBND ngày 10/4/2017 của UBND tỉnh Quảng Ninh (TTHC tại Trung tâm Hành chính công)",
    en: "Quảng Ninh plan 239/KH-UBND of 10/4/2017 (procedures at the public administration centres)",
  },
  from: "2017-01",
  to: "2017-12",
  targets: [
    // I.1 "Hết năm 2017, thực hiện tiếp nhận, thẩm định, phê duyệt tại chỗ 100% TTHC tại Trung tâm
    // Hành chính công Tỉnh, Trung tâm Hành chính công cấp huyện": every procedure brought into the
    // centres, and every one handled end to end there.
    { formId: "centers", rateId: "at_center_rate", target: 1, item: "I.1" },
    { formId: "centers", rateId: "full_cycle_rate", target: 1, item: "I.1" },
  ],
};
