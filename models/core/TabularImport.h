#pragma once
#include "models/core/TabularFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class Store;

// One input row of a spreadsheet import and what happens to it.
struct ImportRow
{
    enum class Action { Create, Update, Skip, Error };
    int line = 0; // the file's own 1-based line (header = 1), blank lines counted
    int row = -1; // index into data().rows
    Action action = Action::Error;
    QStringList reasons; // errors, or why the row is skipped
    QString key;         // what the row is known by in the preview: a username, a customer number…
    QString displayName;
    QHash<QString, QString> values; // normalized field values
};

// The engine every spreadsheet import shares (club users, identities): read a .csv/.xlsx file
// (TabularFile), map its columns to the import's fields (same-named columns match by
// themselves, in Persian or English; mappings can be saved by name), validate every row
// (preview, which writes nothing), then write ALL OR NOTHING: run() writes only when no row
// has an error, and writes every row in ONE transaction that it opens before anything is
// re-read, so a busy or read-only store stops the import with nothing written and nothing runs
// in autocommit; a failure or a cancel rolls it back. The error file repeats every row that is
// not written, with its line and reasons, in the input's format.
//
// A concrete import (ClubUserImport, IdentityImport) names its fields and implements
// validate() (one plan per row) and writeRows() (inside the transaction).
class TabularImport
{
    Q_DECLARE_TR_FUNCTIONS(Import)

public:
    enum class Mode { Add, Update, Upsert };

    // A field the file's columns can fill. `english` is marked for translation in the
    // import's own context (QT_TRANSLATE_NOOP); `persian` is the column name PayamGostar's
    // Excel templates use.
    struct Field
    {
        const char *key;
        const char *english;
        const char *persian;
    };

    struct Summary
    {
        int rows = 0, created = 0, updated = 0, skipped = 0, errors = 0;
        bool written = false, cancelled = false;
        QString failure;      // why nothing was written, when rows had no errors (translated)
        QStringList warnings; // what the import ignores or assumes, to show before it runs
        qint64 msValidate = 0, msPrepare = 0, msWrite = 0;
    };

    // progress(done, total) during run(); return false to cancel (nothing is written).
    using Progress = std::function<bool(int done, int total)>;

    virtual ~TabularImport();

    virtual bool loadFile(const QString &path, QString *error);
    const TabularData &data() const { return m_data; }

    // Field keys (stable: saved mappings and --help use them), the names a column may carry,
    // and the translated title.
    QStringList fieldKeys() const;
    QStringList headerNamesOf(const QString &fieldKey) const;
    QString fieldTitle(const QString &fieldKey) const;

    // field key -> header text of the source. autoMapping() matches same-named headers.
    QHash<QString, QString> autoMapping() const;
    void setMapping(const QHash<QString, QString> &mapping) { m_mapping = mapping; }
    QHash<QString, QString> mapping() const { return m_mapping; }
    bool saveMapping(const QString &name, const QHash<QString, QString> &mapping);
    QHash<QString, QString> savedMapping(const QString &name);
    QStringList savedMappingNames();
    bool removeMapping(const QString &name);
    // field key -> the value used when the row's cell is empty (or the field has no column)
    void setDefaults(const QHash<QString, QString> &defaults) { m_defaults = defaults; }
    QHash<QString, QString> defaults() const { return m_defaults; }

    // Validates every row and says what will happen to it; writes nothing.
    void preview() { validateAll(); }
    // Every row's plan, as the preview table and the error file show it.
    QList<ImportRow> rowPlans() const;
    // Validates, prepares and writes all or nothing. False when any row has an error, on
    // cancel, or when the write fails; summary() says which.
    bool run(const Progress &progress = {});
    const Summary &summary() const { return m_summary; }
    QString summaryText() const;

    // One row per input row that is not written (an error, or skipped): its cells, its line and
    // the reason in the last columns. The format is the input's (CSV -> CSV, XLSX -> XLSX)
    // unless the path's extension says otherwise.
    bool writeErrorFile(const QString &path, QString *error) const;

    // A cell without the spaces and invisible marks (ZWNJ, RLM, BOM…) spreadsheets leave at its ends.
    static QString bare(const QString &s);
    // 1 yes, 0 no, -1 empty, -2 neither (بلی/خیر, true/false, 1/0, yes/no).
    static int parseBool(const QString &value);

protected:
    TabularImport(Store &store, const char *trContext, QList<Field> fields, QString mappingsSettingKey);

    // Fills the plans, one per row of data(); called by preview() and run().
    virtual void validate() = 0;
    virtual int planCount() const = 0;
    virtual const ImportRow &planAt(int index) const = 0;
    // Work before the transaction that needs no lock (the club import hashes passwords here).
    virtual bool prepareWrite(const Progress &progress, int total);
    virtual int progressTotal() const { return planCount(); }
    // Inside the transaction: re-read what validate() decided on, write every planned row and
    // audit. False stops the import (set m_summary.failure, or leave it empty for a cancel).
    virtual bool writeRows(const Progress &progress, int total) = 0;
    // After a failed or cancelled write: forget ids of rows the rollback took back.
    virtual void afterRollback() {}

    // field key -> column index of the current mapping
    QHash<QString, int> columnIndexes() const;
    // The mapped cell of `key`, or the default value when the cell is empty.
    QString cell(const QStringList &row, const QHash<QString, int> &columns, const QString &key) const;
    // Counts the plans into the summary.
    void count();
    // A store failure: the driver's words go to the log, `message` to the person.
    bool storeFailed(const QString &message, const QString &detail);
    bool writeFailed(const QString &detail); // "the database refused to save the import"

    Store &m_store;
    TabularData m_data;
    QHash<QString, QString> m_mapping;
    QHash<QString, QString> m_defaults;
    Summary m_summary;

private:
    void validateAll();
    const char *m_context;
    QList<Field> m_fields;
    QString m_mappingsKey;
};
