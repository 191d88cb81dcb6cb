#include "reports/PrintCommand.h"

#include "models/persian/Digits.h"
#include "models/persian/Jalali.h"
#include "models/finance/DocumentRepository.h"
#include "models/finance/ReceiptRepository.h"
#include "models/core/Store.h"
#include "reports/PrintService.h"
#include "reports/TemplateRenderer.h"

#include <QCoreApplication>
#include <QPrinter>
#include <QPrinterInfo>
#include <QSqlQuery>
#include <QTextStream>

namespace {

const QStringList kinds{QStringLiteral("invoice"), QStringLiteral("proforma"), QStringLiteral("return_invoice"),
                        QStringLiteral("contract"), QStringLiteral("receipt")};

struct Ref
{
    bool receipt = false;
    QString id;
};

// Runs a repository's ListSpec in ascending order and returns (id, number, date) per row.
QList<QVariantList> runSpec(Store &store, const ListSpec &spec, const QList<int> &columns)
{
    QList<QVariantList> rows;
    // orderByDesc is the list's order reversed: oldest first for documents and receipts
    const QString sql = spec.selectSql(spec.orderByDesc);
    QSqlQuery q(store.db());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return rows;
    for (int i = 0; i < spec.binds.size(); ++i)
        q.bindValue(i, spec.binds.at(i));
    if (!q.exec())
        return rows;
    while (q.next()) {
        QVariantList row;
        for (int c : columns)
            row << q.value(c);
        rows << row;
    }
    return rows;
}

std::optional<QDate> parseDate(const QString &text)
{
    const QString t = Persian::toLatinDigits(text.trimmed());
    const std::optional<Persian::JalaliDate> j = Persian::JalaliDate::parse(t);
    if (!j)
        return std::nullopt;
    if (j->year < 1700)
        return j->isValid() ? std::optional<QDate>(j->toGregorian()) : std::nullopt;
    const QDate g(j->year, j->month, j->day); // the same three numbers, read as Gregorian
    return g.isValid() ? std::optional<QDate>(g) : std::nullopt;
}

QString sameDigits(const QString &number)
{
    return Persian::toLatinDigits(number.trimmed());
}

} // namespace

QString PrintCommand::usage()
{
    return tr("Usage: vafa print --store FILE (--type invoice|proforma|return_invoice|contract|receipt --number N | "
              "--filter kind=…,status=…,from=YYYY-MM-DD,to=YYYY-MM-DD) (--pdf OUT.pdf | --pdf-dir DIR | "
              "--printer NAME) [--public]");
}

int PrintCommand::run(const QStringList &argsIn, Store &store, QTextStream &out, QTextStream &err)
{
    QStringList args = argsIn;
    if (!args.isEmpty() && args.first() == QLatin1String("print"))
        args.removeFirst();

    QString storePath, type, number, filter, pdf, pdfDir, printerName;
    bool publicTemplate = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&](QString *target) {
            if (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1String("--"))) {
                err << tr("%1 needs a value.").arg(a) << '\n' << usage() << Qt::endl;
                return false;
            }
            *target = args.at(++i);
            return true;
        };
        bool ok = true;
        if (a == QLatin1String("--store"))
            ok = value(&storePath);
        else if (a == QLatin1String("--type"))
            ok = value(&type);
        else if (a == QLatin1String("--number"))
            ok = value(&number);
        else if (a == QLatin1String("--filter"))
            ok = value(&filter);
        else if (a == QLatin1String("--pdf"))
            ok = value(&pdf);
        else if (a == QLatin1String("--pdf-dir"))
            ok = value(&pdfDir);
        else if (a == QLatin1String("--printer"))
            ok = value(&printerName);
        else if (a == QLatin1String("--public"))
            publicTemplate = true;
        else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out << usage() << Qt::endl;
            return Ok;
        } else {
            err << tr("Unknown option: %1").arg(a) << '\n' << usage() << Qt::endl;
            return Usage;
        }
        if (!ok)
            return Usage;
    }

    const bool byNumber = !number.isEmpty() || !type.isEmpty();
    if (byNumber == !filter.isEmpty()) {
        err << tr("Give either --type and --number, or --filter.") << '\n' << usage() << Qt::endl;
        return Usage;
    }
    if (byNumber && (type.isEmpty() || number.isEmpty())) {
        err << tr("--type and --number go together.") << '\n' << usage() << Qt::endl;
        return Usage;
    }
    if (int(!pdf.isEmpty()) + int(!pdfDir.isEmpty()) + int(!printerName.isEmpty()) != 1) {
        err << tr("Give exactly one of --pdf, --pdf-dir and --printer.") << '\n' << usage() << Qt::endl;
        return Usage;
    }
    if (byNumber && !kinds.contains(type)) {
        err << tr("Unknown document type: %1").arg(type) << Qt::endl;
        return Usage;
    }

    // the filter
    QString kind = type.isEmpty() ? QStringLiteral("invoice") : type;
    QString status;
    QDate from, to;
    if (!filter.isEmpty()) {
        const QStringList parts = filter.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
            const QString val = part.section(QLatin1Char('='), 1).trimmed();
            if (key == QLatin1String("kind") && kinds.contains(val)) {
                kind = val;
            } else if (key == QLatin1String("status")
                       && (val == QLatin1String("pending") || val == QLatin1String("approved") || val == QLatin1String("rejected"))) {
                status = val;
            } else if ((key == QLatin1String("from") || key == QLatin1String("to")) && parseDate(val)) {
                (key == QLatin1String("from") ? from : to) = *parseDate(val);
            } else {
                err << tr("Cannot read the filter item: %1").arg(part) << '\n' << usage() << Qt::endl;
                return Usage;
            }
        }
    }

    if (!store.isOpen()) {
        if (storePath.isEmpty()) {
            err << tr("--store is missing.") << '\n' << usage() << Qt::endl;
            return Usage;
        }
        Store::OpenOptions options;
        options.create = false;
        if (!store.openSqlite(storePath, options)) {
            err << tr("Cannot open %1: %2").arg(storePath, store.errorMessage()) << Qt::endl;
            return Failed;
        }
    }

    // what to print
    QList<Ref> refs;
    const bool receipts = kind == QLatin1String("receipt");
    if (receipts) {
        ReceiptRepository repo(store);
        ReceiptFilter f;
        f.approvalStatus = ApprovalStatusCode::parse(status);
        const ListSpec spec = repo.list(f);
        const auto rows = runSpec(store, spec, {ReceiptRepository::Id, ReceiptRepository::Number, ReceiptRepository::ReceivedOn});
        for (const QVariantList &r : rows) {
            if (byNumber && sameDigits(r.at(1).toString()) != sameDigits(number))
                continue;
            const QDate d = r.at(2).toDate();
            if ((from.isValid() && (!d.isValid() || d < from)) || (to.isValid() && (!d.isValid() || d > to)))
                continue;
            refs << Ref{true, r.at(0).toString()};
        }
    } else {
        DocumentRepository repo(store);
        DocumentFilter f;
        f.kind = kind;
        f.approvalStatus = ApprovalStatusCode::parse(status);
        f.from = from;
        f.to = to;
        const QList<int> cols{DocumentRepository::Id, DocumentRepository::Number};
        if (byNumber) {
            // the search index first; the whole kind only when the number is not a search word
            f.search = sameDigits(number);
            auto rows = runSpec(store, repo.list(f), cols);
            f.search.clear();
            bool found = false;
            for (const QVariantList &r : rows)
                found = found || sameDigits(r.at(1).toString()) == sameDigits(number);
            if (!found)
                rows = runSpec(store, repo.list(f), cols);
            for (const QVariantList &r : rows)
                if (sameDigits(r.at(1).toString()) == sameDigits(number))
                    refs << Ref{false, r.at(0).toString()};
        } else {
            const auto rows = runSpec(store, repo.list(f), cols);
            for (const QVariantList &r : rows)
                refs << Ref{false, r.at(0).toString()};
        }
    }
    if (refs.isEmpty()) {
        err << (byNumber ? tr("No %1 numbered %2.").arg(type, number) : tr("No document matches the filter.")) << Qt::endl;
        return Failed;
    }

    TemplateRenderer renderer(store);
    const TemplateRenderer::Variant variant = publicTemplate ? TemplateRenderer::Variant::Public : TemplateRenderer::Variant::Main;
    QStringList titles(refs.size());
    const PrintService::Source source = [&](int i, PrintService::Item *item, QString *error) {
        const Ref &ref = refs.at(i);
        const auto r = ref.receipt ? renderer.renderReceipt(ref.id, variant, error) : renderer.renderDocument(ref.id, variant, error);
        if (!r)
            return false;
        *item = r->item(r->kind + QLatin1Char('-') + (r->number.isEmpty() ? ref.id.left(8) : r->number)
                        + QStringLiteral(".pdf"));
        titles[i] = r->title;
        return true;
    };
    const int total = int(refs.size());
    const PrintService::Progress progress = [&](int done, int count) {
        out << tr("%1 of %2: %3").arg(Persian::formatNumber(done), Persian::formatNumber(count), titles.value(done - 1))
            << Qt::endl;
    };

    PrintService::BatchResult result;
    if (!pdf.isEmpty()) {
        result = PrintService::writeBatchPdf(total, source, pdf, progress);
    } else if (!pdfDir.isEmpty()) {
        result = PrintService::writePdfPerItem(total, source, pdfDir, progress);
    } else {
        const QPrinterInfo info = QPrinterInfo::printerInfo(printerName);
        if (info.isNull()) {
            err << tr("There is no printer named %1.").arg(printerName) << Qt::endl;
            return Failed;
        }
        QPrinter printer(info, QPrinter::HighResolution);
        PrintService::preparePrinter(&printer);
        printer.setDocName(total == 1 ? titles.value(0, QStringLiteral("Vafa")) : QStringLiteral("Vafa"));
        result = PrintService::printBatch(total, source, &printer, progress);
    }
    for (const QString &e : std::as_const(result.errors))
        err << e << Qt::endl;
    for (const QString &f : std::as_const(result.files))
        out << tr("Written: %1").arg(f) << Qt::endl;
    if (!result.ok() || result.printed != total) {
        err << tr("Printed %1 of %2 documents.").arg(Persian::formatNumber(result.printed), Persian::formatNumber(total))
            << Qt::endl;
        return Failed;
    }
    return Ok;
}
