#pragma once
#include <QDateTime>
#include <QString>

// What every replicated row carries (SCHEMA.md "sync columns"). Repositories fill these;
// callers leave id empty on insert to get a new one.
struct Row
{
    QString id;
    QDateTime updatedAt;   // set by the repository on every write
    qint64 serverVersion = 0;
    bool deleted = false;  // tombstone
};
