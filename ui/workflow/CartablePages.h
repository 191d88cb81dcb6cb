#pragma once
#include "ui/shell/SectionKit.h"

#include <QCoreApplication>

// The cartable: the process steps waiting for the signed-in staff user; the club's «در انتظار
// من» shares its columns.
class CartablePages
{
    Q_DECLARE_TR_FUNCTIONS(CartablePages)
public:
    static QVector<ListColumn> columns(); // of WorkflowRepository's cartable lists
    static SectionKit::Section staffSection(const Session &session);
};
