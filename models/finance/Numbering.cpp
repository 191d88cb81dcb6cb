#include "models/finance/Numbering.h"

#include "models/persian/Digits.h"
#include "models/persian/Jalali.h"

Numbering::Numbering(Store &store) : m_store(store), m_repo(store) {}

bool Numbering::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool Numbering::validateDefinition(const NumberingPattern &p, QString *error)
{
    const NumberPattern np = NumberPattern::parse(p.pattern);
    auto failWith = [&](const QString &m) {
        if (error)
            *error = m;
        return false;
    };
    if (!np.isValid())
        return failWith(np.error());
    if (p.initialValue < 0 || p.initialValue > np.maxSequence())
        return failWith(tr("The initial value does not fit the %n digits of the sequence.", nullptr, np.sequenceWidth()));
    if (p.lastValue < 0 || p.lastValue > np.maxSequence())
        return failWith(tr("The current last value does not fit the %n digits of the sequence.", nullptr,
                           np.sequenceWidth()));
    return true;
}

bool Numbering::createPattern(NumberingPattern &p)
{
    QString error;
    if (!validateDefinition(p, &error))
        return fail(error);
    if (!m_repo.insertPattern(p))
        return fail(m_repo.lastError());
    return true;
}

QString Numbering::checkEdit(const NumberingPattern &stored, const NumberingPattern &edited)
{
    QString error;
    if (!validateDefinition(edited, &error))
        return error;
    if (stored.pattern != edited.pattern && m_repo.numberedCount(stored.id) > 0)
        return tr("The pattern has numbered items; it can no longer be changed.");
    return {};
}

bool Numbering::updatePattern(NumberingPattern &p)
{
    const auto stored = m_repo.pattern(p.id);
    if (!stored)
        return fail(tr("The numbering pattern was not found."));
    if (const QString error = checkEdit(*stored, p); !error.isEmpty())
        return fail(error);
    if (!m_repo.updatePatternDefinition(p))
        return fail(m_repo.lastError());
    return true;
}

bool Numbering::isTaken(const QString &patternId, const QString &number, const QString &excludeId)
{
    return m_repo.numberTaken(patternId, number, excludeId);
}

std::optional<Numbering::Issued> Numbering::next(const QString &patternId, QDate date)
{
    if (!date.isValid())
        date = Store::now().date();
    Store::Transaction tx = m_store.transaction();
    const auto p = m_repo.lockPattern(patternId);
    if (!p) {
        fail(tr("The numbering pattern was not found."));
        return std::nullopt;
    }
    const NumberPattern np = NumberPattern::parse(p->pattern);
    if (!np.isValid()) {
        fail(np.error());
        return std::nullopt;
    }
    const int year = np.restartYear(date);
    const qint64 base = p->initialValue;
    qint64 value = 0;
    bool moveCounter = true;
    if (const auto fromCounter = counterNext(*p, year)) {
        value = *fromCounter;
    } else {
        // back-dated into an earlier year: continue that year's own numbers
        qint64 last = base;
        for (const QString &n : m_repo.numbersOf(patternId)) {
            const auto parts = np.match(n);
            if (!parts)
                continue;
            const int y = np.hasJalaliYear() ? parts->jalaliYear : parts->gregorianYear;
            if (y == year)
                last = qMax(last, parts->sequence);
        }
        value = last + 1;
        moveCounter = false;
    }
    const auto issued = firstFree(*p, np, value, date);
    if (!issued)
        return std::nullopt;
    if (moveCounter && !m_repo.setPatternLast(patternId, issued->sequence, year)) {
        fail(m_repo.lastError());
        return std::nullopt;
    }
    if (!tx.commit()) {
        fail(tr("The number could not be saved."));
        return std::nullopt;
    }
    return issued;
}

std::optional<qint64> Numbering::counterNext(const NumberingPattern &p, int year)
{
    if (!p.yearlyReset || p.lastYear == 0 || year == p.lastYear)
        return qMax(p.lastValue, p.initialValue) + 1;
    if (year > p.lastYear)
        return p.initialValue + 1; // a new year restarts the sequence
    return std::nullopt;
}

std::optional<Numbering::Issued> Numbering::firstFree(const NumberingPattern &p, const NumberPattern &np, qint64 value,
                                                      QDate date)
{
    for (int guard = 0;; ++guard) {
        if (value > np.maxSequence()) {
            fail(tr("The numbering pattern «%1» has used up its range: it cannot issue a number after %2. "
                    "Widen its sequence or start a new pattern.")
                     .arg(p.title, Persian::formatNumber(np.maxSequence())));
            return std::nullopt;
        }
        const QString number = np.format(value, date);
        // a pattern not stored yet has issued nothing
        if (p.id.isEmpty() || !m_repo.numberTaken(p.id, number, QString()))
            return Issued{number, value};
        if (guard > 10000) {
            fail(tr("The numbering pattern «%1» could not find a free number.").arg(p.title));
            return std::nullopt;
        }
        ++value; // a number typed by hand earlier; skip it
    }
}

Numbering::Preview Numbering::preview(const NumberingPattern &definition, QDate date)
{
    if (!date.isValid())
        date = Store::now().date();
    Preview out;
    if (!validateDefinition(definition, &out.error))
        return out;
    const NumberPattern np = NumberPattern::parse(definition.pattern);
    NumberingPattern named = definition;
    if (named.title.trimmed().isEmpty())
        named.title = definition.pattern; // a new pattern may have no title yet; messages name it all the same
    // a date before the counter's year is a back-dated item; the editor asks about today
    const qint64 value = counterNext(named, np.restartYear(date)).value_or(named.initialValue + 1);
    if (const auto issued = firstFree(named, np, value, date))
        out.number = issued->number;
    else
        out.error = m_error;
    return out;
}

qint64 Numbering::highestIssued(const NumberingPattern &p)
{
    const NumberPattern np = NumberPattern::parse(p.pattern);
    if (!np.isValid() || p.id.isEmpty())
        return 0;
    const bool showsYear = np.hasJalaliYear() || np.hasGregorianYear();
    qint64 highest = 0;
    for (const QString &n : m_repo.numbersOf(p.id)) {
        const auto parts = np.match(n);
        if (!parts)
            continue;
        const int y = np.hasJalaliYear() ? parts->jalaliYear : parts->gregorianYear;
        if (p.yearlyReset && showsYear && p.lastYear != 0 && y != p.lastYear)
            continue; // an earlier year's numbers do not bind this year's counter
        highest = qMax(highest, parts->sequence);
    }
    return highest;
}

std::optional<Numbering::Issued> Numbering::useManual(const QString &patternId, const QString &typed,
                                                      const QString &excludeId, QDate today)
{
    if (!today.isValid())
        today = Store::now().date();
    Store::Transaction tx = m_store.transaction();
    const auto p = m_repo.lockPattern(patternId);
    if (!p) {
        fail(tr("The numbering pattern was not found."));
        return std::nullopt;
    }
    const NumberPattern np = NumberPattern::parse(p->pattern);
    if (!np.isValid()) {
        fail(np.error());
        return std::nullopt;
    }
    const auto parts = np.match(typed);
    if (!parts) {
        fail(tr("The number %1 does not follow the numbering pattern %2.").arg(typed, p->pattern));
        return std::nullopt;
    }
    const int thisJalali = Persian::JalaliDate::fromGregorian(today).year;
    if (np.hasJalaliYear() && (parts->jalaliYear < 1357 || parts->jalaliYear > thisJalali + 1)) {
        fail(tr("The year of a number must be from 1357 to %1.").arg(Persian::toReadersDigits(QString::number(thisJalali + 1))));
        return std::nullopt;
    }
    if (np.hasGregorianYear() && (parts->gregorianYear < 1978 || parts->gregorianYear > today.year() + 1)) {
        fail(tr("The year of a number must be from 1978 to %1.").arg(Persian::toReadersDigits(QString::number(today.year() + 1))));
        return std::nullopt;
    }
    // store the canonical form (Latin digits), so that uniqueness does not depend on the digits typed
    const QString number = Persian::toLatinDigits(typed.trimmed());
    if (m_repo.numberTaken(patternId, number, excludeId)) {
        fail(tr("The number %1 is already used by another item of this numbering pattern.").arg(Persian::toReadersDigits(number)));
        return std::nullopt;
    }
    int year = np.hasJalaliYear() ? parts->jalaliYear : np.hasGregorianYear() ? parts->gregorianYear : np.restartYear(today);
    bool moved = false;
    if (!p->yearlyReset || p->lastYear == 0 || year == p->lastYear) {
        if (parts->sequence > p->lastValue) {
            moved = m_repo.setPatternLast(patternId, parts->sequence, p->yearlyReset ? year : p->lastYear);
            if (!moved) {
                fail(m_repo.lastError());
                return std::nullopt;
            }
        }
    } else if (year > p->lastYear) {
        if (!m_repo.setPatternLast(patternId, parts->sequence, year)) {
            fail(m_repo.lastError());
            return std::nullopt;
        }
    }
    if (!tx.commit()) {
        fail(tr("The number could not be saved."));
        return std::nullopt;
    }
    return Issued{number, parts->sequence};
}
