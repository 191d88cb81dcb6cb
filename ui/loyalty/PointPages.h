#pragma once
#include "ui/shell/SectionKit.h"

#include <QCoreApplication>

// Points as a statement: earned, spent and expired, with the running balance.
class PointPages
{
    Q_DECLARE_TR_FUNCTIONS(PointPages)
public:
    static QVector<ListColumn> columns(); // of PointRepository::list()
};
