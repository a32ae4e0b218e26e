import { z } from "zod";

/** Who issues the city's report: the heading and the signature of the draft (Nghị định 30/2020/NĐ-CP). */
export interface ReportHeading {
  /** The authority above the office, in capitals: "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG". */
  authority: string;
  /** The issuing office: "VĂN PHÒNG". */
  office: string;
  /** Its abbreviation in the number: "Số: …/BC-VP". */
  code: string;
  /** The place of the date line: "Hải Phòng". */
  place: string;
  /** Who signs: "CHÁNH VĂN PHÒNG". */
  signer: string;
}

/** Until a deployment names its office (the REPORT_HEADING variable), the draft leaves dots to fill in Word. */
export const DEFAULT_HEADING: ReportHeading = {
  authority: "ỦY BAN NHÂN DÂN THÀNH PHỐ …………", office: "VĂN PHÒNG", code: "VP", place: "…………", signer: "CHÁNH VĂN PHÒNG",
};

const Text = z.string({ error: "phải là một chuỗi chữ" }).trim().min(1, { error: "không được để trống" });
const HeadingSchema = z.strictObject(
  { authority: Text, office: Text, code: Text, place: Text, signer: Text },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `có trường không dùng được (chỉ dùng: authority, office, code, place, signer)` : "phải là một đối tượng JSON") },
);

/** A REPORT_HEADING value: the heading, or why it is unusable, in Vietnamese. */
export function parseHeading(json: unknown): ReportHeading | string {
  const parsed = HeadingSchema.partial().safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return `${issue.path.length ? `«${issue.path.join(".")}» ` : ""}${issue.message}`;
  }
  return { ...DEFAULT_HEADING, ...parsed.data };
}
