#include "models/identities/IdentitySubtypeRepository.h"

#include "models/core/SqlUtil.h"

Repository::Cols IdentitySubtypeRepository::columns(const IdentitySubtype &s) const
{
    return {{"code", s.code},
            {"name", s.name},
            {"kind", IdentityCode::text(s.kind)},
            {"profile_type", IdentityCode::text(s.profileType)},
            {"numbering_pattern_id", Sql::id(s.numberingPatternId)}};
}

bool IdentitySubtypeRepository::insert(IdentitySubtype &s)
{
    return insertRow("identity_subtypes", s, columns(s));
}

bool IdentitySubtypeRepository::update(const IdentitySubtype &s)
{
    IdentitySubtype copy = s;
    return updateRow("identity_subtypes", copy, columns(s));
}

bool IdentitySubtypeRepository::tombstone(const QString &id)
{
    return tombstoneRow("identity_subtypes", id);
}

IdentitySubtype IdentitySubtypeRepository::fromRecord(const QSqlRecord &r)
{
    IdentitySubtype s;
    readRow(r, s);
    s.code = str(r, "code");
    s.name = str(r, "name");
    s.kind = IdentityCode::identityKind(str(r, "kind"));
    s.profileType = IdentityCode::profileType(str(r, "profile_type")).value_or(ProfileType::Customer);
    s.numberingPatternId = idOf(r, "numbering_pattern_id");
    return s;
}

std::optional<IdentitySubtype> IdentitySubtypeRepository::get(const QString &id)
{
    const auto r = fetchById("identity_subtypes", id);
    if (!r)
        return std::nullopt;
    return fromRecord(*r);
}

QList<IdentitySubtype> IdentitySubtypeRepository::all()
{
    QList<IdentitySubtype> out;
    const auto rows = fetchAll(QLatin1String("SELECT * FROM identity_subtypes WHERE ") + live(QString())
                               + QLatin1String(" ORDER BY profile_type, code, id"));
    for (const QSqlRecord &r : rows)
        out << fromRecord(r);
    return out;
}

qint64 IdentitySubtypeRepository::usage(const QString &id)
{
    // a read-only count over identities; IdentityRepository still does all their writing
    const auto r = fetchOne(QLatin1String("SELECT COUNT(*) FROM identities WHERE subtype_id = ? AND ") + live(QString()),
                            {Sql::id(id)});
    return r ? r->value(0).toLongLong() : -1;
}
