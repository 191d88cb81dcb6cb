#include "models/finance/NumberingPatternService.h"

#include "models/core/AuditLog.h"
#include "models/finance/FinanceStateRepository.h"
#include "models/finance/Numbering.h"
#include "models/finance/Permissions.h"
#include "models/persian/Bidi.h"
#include "models/persian/Digits.h"
#include "models/persian/SearchText.h"

namespace {

const QString Subject = QStringLiteral("numbering_pattern");

// What an edit changed, for the audit row: every value of a pattern is plain configuration.
QString changes(const NumberingPattern &before, const NumberingPattern &after)
{
    QStringList out;
    if (before.title != after.title)
        out << QLatin1String("title=") + after.title;
    if (before.pattern != after.pattern)
        out << QLatin1String("pattern=") + after.pattern;
    if (before.initialValue != after.initialValue)
        out << QLatin1String("initial_value=") + QString::number(after.initialValue);
    if (before.yearlyReset != after.yearlyReset)
        out << QLatin1String("yearly_reset=") + QLatin1String(after.yearlyReset ? "1" : "0");
    if (before.lastValue != after.lastValue)
        out << QLatin1String("last_value=") + QString::number(after.lastValue);
    return out.join(QLatin1Char(','));
}

} // namespace

bool NumberingPatternService::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool NumberingPatternService::storeFailed(const QString &detail)
{
    qWarning("numbering pattern: %s", qPrintable(detail));
    return fail(tr("The numbering pattern could not be saved. Nothing was changed."));
}

bool NumberingPatternService::begin(Store::Transaction &tx)
{
    m_error.clear();
    if (!tx.isActive())
        return fail(m_store.writeFailureMessage());
    if (!FinanceGate::mayManageSettings(m_actor))
        return fail(tr("Only the finance manager or an administrator may change the numbering patterns."));
    return true;
}

bool NumberingPatternService::checkTitle(const QString &title, const QString &selfId)
{
    if (title.isEmpty())
        return fail(tr("Give the numbering pattern a title."));
    const QString key = Persian::normalizeForSearch(title);
    for (const NumberingPattern &other : FinanceStateRepository(m_store).patterns())
        if (other.id != selfId && Persian::normalizeForSearch(other.title) == key)
            return fail(tr("Another numbering pattern is already called «%1».").arg(other.title));
    return true;
}

bool NumberingPatternService::create(NumberingPattern &pattern)
{
    Store::Transaction tx(m_store);
    if (!begin(tx))
        return false;
    NumberingPattern p = pattern;
    p.id.clear();
    p.title = Persian::withoutBidiControls(p.title).trimmed();
    p.pattern = Persian::withoutBidiControls(p.pattern).trimmed();
    if (!checkTitle(p.title, QString()))
        return false;
    if (QString bad; !Numbering::validateDefinition(p, &bad))
        return fail(bad);
    FinanceStateRepository repo(m_store);
    if (!repo.insertPattern(p))
        return storeFailed(repo.lastError());
    if (!AuditLog(m_store).append(m_actor.userId, QStringLiteral("numbering_pattern.create"), Subject, p.id,
                                  p.title + QLatin1Char('=') + p.pattern))
        return storeFailed(QStringLiteral("audit"));
    if (!tx.commit())
        return fail(m_store.writeFailureMessage());
    pattern = repo.pattern(p.id).value_or(p);
    return true;
}

bool NumberingPatternService::update(NumberingPattern &pattern)
{
    Store::Transaction tx(m_store);
    if (!begin(tx))
        return false;
    FinanceStateRepository repo(m_store);
    const std::optional<NumberingPattern> before = repo.lockPattern(pattern.id);
    if (!before)
        return fail(tr("This numbering pattern no longer exists; it may have been deleted meanwhile."));
    if (before->updatedAt != pattern.updatedAt)
        return fail(tr("This numbering pattern changed after you opened it (a number may have been issued from "
                       "it). Close it and open it again to see its current values."));
    NumberingPattern p = pattern;
    p.title = Persian::withoutBidiControls(p.title).trimmed();
    p.pattern = Persian::withoutBidiControls(p.pattern).trimmed();
    p.lastYear = before->lastYear; // the counter's year moves only with the numbers it issues
    if (!checkTitle(p.title, p.id))
        return false;
    Numbering numbering(m_store);
    if (const QString bad = numbering.checkEdit(*before, p); !bad.isEmpty())
        return fail(bad);
    if (p.initialValue != before->initialValue || p.lastValue != before->lastValue) {
        const qint64 issued = numbering.highestIssued(*before);
        const QString highest = Persian::toReadersDigits(QString::number(issued));
        if (p.initialValue != before->initialValue && p.initialValue < issued)
            return fail(tr("Numbers up to %1 have already been issued from this pattern; the initial value cannot be "
                           "set below %1.")
                            .arg(highest));
        if (p.lastValue != before->lastValue && p.lastValue < issued)
            return fail(tr("Numbers up to %1 have already been issued from this pattern; the current last value "
                           "cannot be set below %1, or the same numbers would be issued again.")
                            .arg(highest));
    }
    if (!repo.updatePatternDefinition(p))
        return storeFailed(repo.lastError());
    const QString detail = changes(*before, p);
    if (!detail.isEmpty()
        && !AuditLog(m_store).append(m_actor.userId, QStringLiteral("numbering_pattern.update"), Subject, p.id, detail))
        return storeFailed(QStringLiteral("audit"));
    if (!tx.commit())
        return fail(m_store.writeFailureMessage());
    pattern = repo.pattern(p.id).value_or(p);
    return true;
}

bool NumberingPatternService::remove(const QString &patternId)
{
    Store::Transaction tx(m_store);
    if (!begin(tx))
        return false;
    FinanceStateRepository repo(m_store);
    const std::optional<NumberingPattern> p = repo.lockPattern(patternId);
    if (!p)
        return fail(tr("This numbering pattern no longer exists; it may have been deleted meanwhile."));
    const QStringList users = repo.patternUsers(patternId);
    if (!users.isEmpty())
        return fail(tr("«%1» is used by %2, so it cannot be deleted. Give them another pattern first.")
                        .arg(p->title, users.join(tr(", "))));
    if (!repo.tombstonePattern(patternId))
        return storeFailed(repo.lastError());
    if (!AuditLog(m_store).append(m_actor.userId, QStringLiteral("numbering_pattern.delete"), Subject, patternId, p->title))
        return storeFailed(QStringLiteral("audit"));
    return tx.commit() || fail(m_store.writeFailureMessage());
}
