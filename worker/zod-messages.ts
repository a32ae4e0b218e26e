import { z } from "zod";

/** Type names zod's Vietnamese messages leave in English. */
const NOUNS: Readonly<Record<string, string>> = {
  string: "văn bản", number: "số", boolean: "giá trị đúng/sai", object: "đối tượng", array: "danh sách", undefined: "không có giá trị",
};
const vietnamese = z.locales.vi().localeError;

/**
 * Zod's messages in Vietnamese, for the worker: a 400 says what was expected in the user's language
 * («Quá lớn: mong đợi số <=500»), as the rest of the message does. Imported once, by the API's sub-apps.
 */
z.config({
  localeError: (issue) => {
    const said = vietnamese(issue);
    const text = typeof said === "string" ? said : said?.message;
    return text?.replace(/\b(string|number|boolean|object|array|undefined)\b/g, (word) => NOUNS[word]!);
  },
});
