#pragma once
// The normalized form of text that search compares (DESIGN §4: text is stored as typed and
// searched through this form). Both the indexed value and the query go through it, so "علي" finds
// "علی", "می‌روم" finds "می روم" and "۱۲۳" finds "123".
//
// Decisions (each one widens matches; none of them should ever lose one):
//  - Arabic yeh ي (U+064A), alef maksura ى (U+0649) and yeh with hamza ئ (U+0626) → Persian ی.
//    «ئ» is folded because people write both «مسئول» and «مسیول» for the same name.
//  - Arabic kaf ك (U+0643) and swash kaf ڪ → Persian ک.
//  - Teh marbuta ة, heh with yeh above ۀ, heh goal ہ/ۂ/ۃ, ae ە and heh doachashmee ھ → ه
//    («خانهٔ» and «خانه» are one word for search).
//  - Alef with hamza أ/إ and alef wasla ٱ → ا; alef madda آ is KEPT, because it is a distinct
//    letter in Persian spelling («آب» is not «اب») and keyboards type it directly.
//  - Waw with hamza ؤ → و («مؤسسه» / «موسسه»).
//  - Harakat, tanwin, shadda, sukun, superscript alef, hamza above/below and Quranic marks are
//    removed, as is tatweel (ـ).
//  - Persian ۰-۹ and Arabic-Indic ٠-٩ digits → Latin 0-9.
//  - ZWNJ (U+200C), ZWJ (U+200D), zero width space and every Unicode white space → a space;
//    runs of spaces become one; leading and trailing spaces are removed. (So «می‌روم» matches
//    «می روم» but not «میروم»: joining words is a different spelling, not a spacing variant.)
//  - Bidi controls (LRM, RLM, ALM, embeddings, isolates), BOM and soft hyphen are removed.
//  - Arabic presentation forms (from old PDFs and some fonts) are decomposed to letters first.
//  - Latin letters are lower-cased; other scripts and punctuation are kept.
// One pass over the text, no regular expressions: it runs for every name of the 1,000,000-row
// demo data set.
#include <QString>
#include <QStringView>

namespace Persian {

QString normalizeForSearch(QStringView text);

} // namespace Persian
