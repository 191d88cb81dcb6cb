#pragma once
#include "models/core/Row.h"

// A stored numbering pattern and its counter; finance/NumberPattern parses its text.
struct NumberingPattern : Row
{
    QString title;
    QString pattern; // e.g. "INV-{yyyy}-{n:5}"; see NumberingPattern in the services
    qint64 initialValue = 0; // the first number issued is initialValue + 1 (§1.17)
    bool yearlyReset = false;
    qint64 lastValue = 0;
    int lastYear = 0;
};
