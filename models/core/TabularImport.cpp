#include "models/core/TabularImport.h"

#include "models/core/SettingsRepository.h"
#include "models/core/Store.h"
#include "models/persian/Bidi.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

namespace {
// Header comparison: case, spaces, ZWNJ, underscores and Arabic letter forms do not matter.
QString foldHeader(QString s)
{
    s = s.trimmed().toLower();
    s.replace(QChar(0x064A), QChar(0x06CC)); // ي -> ی
    s.replace(QChar(0x0643), QChar(0x06A9)); // ك -> ک
    QString out;
    for (const QChar c : s)
        if (!c.isSpace() && c != QChar(0x200C) && c != QLatin1Char('_') && c != QLatin1Char('-'))
            out += c;
    return out;
}

// While an import writes, SQLite keeps up to 256 MiB of pages in memory (100,000 identities
// with their phones, addresses, indexes and search index touch about that much), so that
// they reach the WAL once, at the commit, instead of spilling mid-transaction.
class LargeCache
{
public:
    explicit LargeCache(Store &store) : m_store(store) { m_store.setCacheKiB(kImportCacheKiB); }
    ~LargeCache() { m_store.setCacheKiB(Store::kDefaultCacheKiB); }
    LargeCache(const LargeCache &) = delete;
    LargeCache &operator=(const LargeCache &) = delete;
    static constexpr int kImportCacheKiB = 256 * 1024;

private:
    Store &m_store;
};

// While an import writes, a nested transaction of a repository (an identity with its phones)
// joins the import's own instead of taking a savepoint per row: any failure aborts the whole
// import anyway, and thousands of savepoints make SQLite copy every page they touch.
class JoinNested
{
public:
    explicit JoinNested(Store &store) : m_store(store) { m_store.setJoinNestedTransactions(true); }
    ~JoinNested() { m_store.setJoinNestedTransactions(false); }
    JoinNested(const JoinNested &) = delete;
    JoinNested &operator=(const JoinNested &) = delete;

private:
    Store &m_store;
};
} // namespace

TabularImport::TabularImport(Store &store, const char *trContext, QList<Field> fields, QString mappingsSettingKey)
    : m_store(store), m_context(trContext), m_fields(std::move(fields)), m_mappingsKey(std::move(mappingsSettingKey))
{
}

TabularImport::~TabularImport() = default;

QString TabularImport::bare(const QString &s) { return Persian::trimmedOfInvisibles(s); }

int TabularImport::parseBool(const QString &v)
{
    const QString s = v.trimmed().toLower();
    if (s.isEmpty())
        return -1;
    static const QStringList yes{QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("بلی"),
                                 QStringLiteral("بله"), QStringLiteral("y")};
    static const QStringList no{QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("خیر"),
                                QStringLiteral("n")};
    if (yes.contains(s))
        return 1;
    if (no.contains(s))
        return 0;
    return -2;
}

bool TabularImport::loadFile(const QString &path, QString *error)
{
    m_data = TabularData();
    m_summary = Summary();
    if (!TabularFile::read(path, &m_data, error))
        return false;
    m_mapping = autoMapping();
    return true;
}

QStringList TabularImport::fieldKeys() const
{
    QStringList keys;
    for (const Field &f : m_fields)
        keys << QLatin1String(f.key);
    return keys;
}

QStringList TabularImport::headerNamesOf(const QString &key) const
{
    for (const Field &f : m_fields)
        if (key == QLatin1String(f.key))
            return {QLatin1String(f.key), QLatin1String(f.english), QString::fromUtf8(f.persian)};
    return {};
}

QString TabularImport::fieldTitle(const QString &key) const
{
    for (const Field &f : m_fields)
        if (key == QLatin1String(f.key))
            return QCoreApplication::translate(m_context, f.english);
    return key;
}

QHash<QString, QString> TabularImport::autoMapping() const
{
    QHash<QString, QString> map;
    for (const QString &h : m_data.headers) {
        const QString fh = foldHeader(h);
        for (const Field &f : m_fields) {
            if (map.contains(QLatin1String(f.key)))
                continue;
            if (fh == foldHeader(QLatin1String(f.key)) || fh == foldHeader(QLatin1String(f.english))
                || fh == foldHeader(QString::fromUtf8(f.persian))) {
                map.insert(QLatin1String(f.key), h);
                break;
            }
        }
    }
    return map;
}

// Read, change and write the company's mappings in one transaction, so that two clerks saving at
// once both keep theirs.
bool TabularImport::saveMapping(const QString &name, const QHash<QString, QString> &mapping)
{
    Store::Transaction tx = m_store.transaction();
    SettingsRepository settings(m_store);
    QJsonObject all = settings.value(m_mappingsKey).toObject();
    QJsonObject m;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        m.insert(it.key(), it.value());
    all.insert(name, m);
    return tx.isActive() && settings.setValue(m_mappingsKey, all) && tx.commit();
}

QHash<QString, QString> TabularImport::savedMapping(const QString &name)
{
    const QJsonObject m = SettingsRepository(m_store).value(m_mappingsKey).toObject().value(name).toObject();
    QHash<QString, QString> out;
    for (auto it = m.constBegin(); it != m.constEnd(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QStringList TabularImport::savedMappingNames() { return SettingsRepository(m_store).value(m_mappingsKey).toObject().keys(); }

bool TabularImport::removeMapping(const QString &name)
{
    Store::Transaction tx = m_store.transaction();
    SettingsRepository settings(m_store);
    QJsonObject all = settings.value(m_mappingsKey).toObject();
    all.remove(name);
    return tx.isActive() && settings.setValue(m_mappingsKey, all) && tx.commit();
}

QHash<QString, int> TabularImport::columnIndexes() const
{
    QHash<QString, int> columns;
    for (auto it = m_mapping.cbegin(); it != m_mapping.cend(); ++it) {
        const int c = int(m_data.headers.indexOf(it.value()));
        if (c >= 0)
            columns.insert(it.key(), c);
    }
    return columns;
}

QString TabularImport::cell(const QStringList &row, const QHash<QString, int> &columns, const QString &key) const
{
    const int c = columns.value(key, -1);
    QString v = c >= 0 && c < row.size() ? bare(row.at(c)) : QString();
    if (v.isEmpty())
        v = bare(m_defaults.value(key));
    return v;
}

void TabularImport::validateAll()
{
    QElapsedTimer timer;
    timer.start();
    m_summary = Summary();
    validate();
    count();
    m_summary.msValidate = timer.elapsed();
}

QList<ImportRow> TabularImport::rowPlans() const
{
    QList<ImportRow> out;
    out.reserve(planCount());
    for (int i = 0; i < planCount(); ++i)
        out << planAt(i);
    return out;
}

void TabularImport::count()
{
    m_summary.created = m_summary.updated = m_summary.skipped = m_summary.errors = 0;
    for (int i = 0; i < planCount(); ++i) {
        switch (planAt(i).action) {
        case ImportRow::Action::Create: ++m_summary.created; break;
        case ImportRow::Action::Update: ++m_summary.updated; break;
        case ImportRow::Action::Skip: ++m_summary.skipped; break;
        case ImportRow::Action::Error: ++m_summary.errors; break;
        }
    }
    m_summary.rows = planCount();
}

bool TabularImport::storeFailed(const QString &message, const QString &detail)
{
    // the driver's English text helps whoever reads the log, not the person importing
    qWarning("Import: the store failed: %s", qUtf8Printable(detail));
    m_summary.failure = message;
    return false;
}

bool TabularImport::writeFailed(const QString &detail)
{
    return storeFailed(tr("The database refused to save the import, so nothing was saved."), detail);
}

bool TabularImport::prepareWrite(const Progress &, int) { return true; }

bool TabularImport::run(const Progress &progress)
{
    validateAll();
    if (m_summary.errors > 0) {
        m_summary.failure = tr("%n row(s) have errors; nothing was written.", nullptr, m_summary.errors);
        return false;
    }
    const int total = progressTotal();
    QElapsedTimer timer;
    timer.start();
    bool ok = prepareWrite(progress, total);
    m_summary.msPrepare = timer.restart();
    if (ok) {
        const LargeCache cache(m_store); // until after the commit
        // Transaction first: a store that is busy past its timeout, or cannot be written, stops
        // the import before anything is read or written; nothing runs in autocommit.
        Store::Transaction tx(m_store);
        if (!tx.isActive()) {
            ok = storeFailed(tr("The database is busy or cannot be written, so the import did not start; nothing "
                                "was saved. Try again in a moment."),
                             m_store.errorDetail());
        } else {
            {
                const JoinNested join(m_store);
                ok = writeRows(progress, total) && (!progress || progress(total, total));
            }
            if (ok && !tx.commit()) // a failed commit is rolled back: still nothing saved
                ok = writeFailed(QStringLiteral("commit: ") + m_store.errorDetail());
        }
        m_summary.msWrite = timer.elapsed();
    }
    if (!ok) {
        if (m_summary.failure.isEmpty()) {
            m_summary.cancelled = true;
            m_summary.failure = tr("The import was cancelled; nothing was written.");
        }
        afterRollback();
        return false;
    }
    m_summary.written = true;
    return true;
}

QString TabularImport::summaryText() const
{
    const Summary &s = m_summary;
    QString t = tr("Rows: %1. Created: %2. Updated: %3. Skipped: %4. With errors: %5.")
                    .arg(s.rows).arg(s.created).arg(s.updated).arg(s.skipped).arg(s.errors);
    if (s.written)
        t += QLatin1Char(' ') + tr("Written in %1 ms (validation %2 ms, preparation %3 ms, saving %4 ms).")
                                     .arg(s.msValidate + s.msPrepare + s.msWrite).arg(s.msValidate).arg(s.msPrepare).arg(s.msWrite);
    else if (!s.failure.isEmpty())
        t += QLatin1Char(' ') + s.failure;
    return t;
}

bool TabularImport::writeErrorFile(const QString &path, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const TabularData::Format format = suffix == QLatin1String("xlsx") ? TabularData::Format::Xlsx
        : suffix == QLatin1String("csv")                               ? TabularData::Format::Csv
                                                                       : m_data.format;
    QStringList headers = m_data.headers;
    headers << tr("Line") << tr("Reason");
    QList<QStringList> rows;
    for (int i = 0; i < planCount(); ++i) {
        const ImportRow &p = planAt(i);
        if (p.action != ImportRow::Action::Error && p.action != ImportRow::Action::Skip)
            continue;
        QStringList cells = m_data.rows.value(p.row);
        while (cells.size() < m_data.headers.size())
            cells << QString();
        cells << QString::number(p.line) << p.reasons.join(QLatin1String("; "));
        rows << cells;
    }
    return TabularFile::write(path, format, headers, rows, error);
}
