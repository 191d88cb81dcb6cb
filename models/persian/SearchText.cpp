#include "models/persian/SearchText.h"

#include "models/persian/Bidi.h"

#include <array>

namespace Persian {

namespace {

// What to do with a character of the Arabic block U+0600-U+06FF.
constexpr char16_t Keep = 0xFFFF;
constexpr char16_t Drop = 0;

constexpr std::array<char16_t, 256> makeArabicTable()
{
    std::array<char16_t, 256> t{};
    for (int i = 0; i < 256; ++i)
        t[i] = Keep;
    auto set = [&t](int from, int to, char16_t value) {
        for (int c = from; c <= to; ++c)
            t[c - 0x0600] = value;
    };
    set(0x0610, 0x061A, Drop);  // Quranic signs above and below
    set(0x061C, 0x061C, Drop);  // ARABIC LETTER MARK
    set(0x0623, 0x0623, 0x0627); // أ → ا
    set(0x0625, 0x0625, 0x0627); // إ → ا
    set(0x0671, 0x0671, 0x0627); // ٱ → ا
    set(0x0624, 0x0624, 0x0648); // ؤ → و
    set(0x0626, 0x0626, 0x06CC); // ئ → ی
    set(0x0649, 0x0649, 0x06CC); // ى → ی
    set(0x064A, 0x064A, 0x06CC); // ي → ی
    set(0x0643, 0x0643, 0x06A9); // ك → ک
    set(0x06AA, 0x06AA, 0x06A9); // ڪ → ک
    set(0x0629, 0x0629, 0x0647); // ة → ه
    set(0x06C0, 0x06C3, 0x0647); // ۀ ہ ۂ ۃ → ه
    set(0x06BE, 0x06BE, 0x0647); // ھ → ه
    set(0x06D5, 0x06D5, 0x0647); // ە → ه
    set(0x0640, 0x0640, Drop);  // tatweel
    set(0x064B, 0x065F, Drop);  // harakat, tanwin, shadda, sukun, hamza above/below…
    set(0x0670, 0x0670, Drop);  // superscript alef
    set(0x06D6, 0x06DC, Drop);  // Quranic annotation signs
    set(0x06DF, 0x06E4, Drop);
    set(0x06E7, 0x06E8, Drop);
    set(0x06EA, 0x06ED, Drop);
    for (int d = 0; d < 10; ++d) {
        t[0x60 + d] = char16_t(u'0' + d); // Arabic-Indic digits
        t[0xF0 + d] = char16_t(u'0' + d); // Persian digits
    }
    return t;
}

constexpr std::array<char16_t, 256> ArabicTable = makeArabicTable();

bool isRemovedFormatChar(char16_t u)
{
    return isBidiControl(QChar(u)) || u == 0xFEFF || u == 0x00AD; // BOM, soft hyphen
}

bool isPresentationForm(char16_t u)
{
    return (u >= 0xFB50 && u <= 0xFDFF) || (u >= 0xFE70 && u <= 0xFEFE);
}

class Writer
{
public:
    explicit Writer(qsizetype sizeHint) : m_out(sizeHint, Qt::Uninitialized), m_data(m_out.data()) { }

    void space() { m_pendingSpace = m_pos > 0; }

    void put(char16_t c)
    {
        if (m_pendingSpace) {
            m_pendingSpace = false;
            push(u' ');
        }
        push(c);
    }

    // Maps one character (not a surrogate-sensitive operation: surrogates are kept as is).
    void feed(char16_t u)
    {
        if (u < 0x80) {
            if (u >= u'A' && u <= u'Z')
                put(char16_t(u + 32));
            else if (u == u' ' || (u >= 0x09 && u <= 0x0D))
                space();
            else
                put(u);
            return;
        }
        if (u >= 0x0600 && u <= 0x06FF) {
            const char16_t m = ArabicTable[u - 0x0600];
            if (m == Keep)
                put(u);
            else if (m != Drop)
                put(m);
            return;
        }
        if (u == 0x200C || u == 0x200D || u == 0x200B) { // ZWNJ, ZWJ, zero width space
            space();
            return;
        }
        if (isRemovedFormatChar(u))
            return;
        const QChar c(u);
        if (c.isSpace()) {
            space();
        } else if (isPresentationForm(u)) {
            // Rare: decompose (e.g. U+FEFB → «لا») and map the letters.
            const QString letters = QChar::decomposition(u);
            if (letters.isEmpty()) {
                put(u);
                return;
            }
            for (const QChar l : letters)
                feed(l.unicode());
        } else if (c.isUpper()) {
            put(c.toLower().unicode());
        } else {
            put(u);
        }
    }

    QString take()
    {
        m_out.truncate(m_pos);
        return std::move(m_out);
    }

private:
    void push(char16_t c)
    {
        if (m_pos == m_out.size()) {
            m_out.resize(m_out.size() * 2 + 8); // only after presentation-form expansion
            m_data = m_out.data();
        }
        m_data[m_pos++] = QChar(c);
    }

    QString m_out;
    QChar *m_data; // m_out's buffer, kept to avoid a detach check per character
    qsizetype m_pos = 0;
    bool m_pendingSpace = false;
};

} // namespace

QString normalizeForSearch(QStringView text)
{
    Writer w(text.size());
    for (const QChar c : text)
        w.feed(c.unicode());
    return w.take();
}

} // namespace Persian
