#pragma once
// Helpers for offscreen UI tests that answer dialogs through Ask::Script and type into fields as
// a person does. Header only: just the UI tests, which link vafa_ui, include it.
#include "ui/widgets/Ask.h"

#include <QDialog>
#include <QLineEdit>
#include <QTest>

#include <functional>

namespace TestSupport {

// The scripted answer to the next dialog of type W (Ask::Script): shown as exec() would show it,
// handed to `f`, and closed with the result `f` left on it. Another kind of dialog is rejected.
template<typename W, typename F>
std::function<int(QDialog *)> answer(F f)
{
    return [f](QDialog *d) {
        auto *w = qobject_cast<W *>(d);
        if (!w)
            return int(QDialog::Rejected);
        d->show();
        f(w);
        return d->result();
    };
}

inline void verifyFinished(const Ask::Script &script)
{
    QString why;
    QVERIFY2(script.finished(&why), qPrintable(why));
}

// Types `text` into the line edit `name` under `root`: key by key when it is ASCII, else as an
// input method commits it (QTest types ASCII only).
inline void type(QWidget *root, const char *name, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->clear();
    bool latin = true;
    for (const QChar c : text)
        latin &= c.unicode() < 0x80;
    if (latin)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
}

} // namespace TestSupport
