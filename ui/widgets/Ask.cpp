#include "ui/widgets/Ask.h"

#include "models/persian/Bidi.h"

#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace Ask {

namespace {
Script *g_script = nullptr;
}

// The script's side of each question: the next answer if it has the expected type, else the
// question is recorded as unexpected and answered "cancel".
struct ScriptAccess
{
    template <typename T>
    static std::optional<T> next(const QString &question)
    {
        Script &s = *g_script;
        if (!s.m_answers.isEmpty() && std::holds_alternative<T>(s.m_answers.first())) {
            T answer = std::get<T>(s.m_answers.takeFirst());
            return answer;
        }
        s.m_unexpected << question;
        return std::nullopt;
    }
    static void message(const QString &text) { g_script->m_messages << text; }
};

Script::Script()
{
    Q_ASSERT(!g_script);
    g_script = this;
}

Script::~Script()
{
    g_script = nullptr;
}

Script &Script::confirm(bool yes)
{
    m_answers << Answer(yes);
    return *this;
}

Script &Script::text(const QString &typed)
{
    m_answers << Answer(typed);
    return *this;
}

Script &Script::choose(int index)
{
    m_answers << Answer(index);
    return *this;
}

Script &Script::file(const QString &path)
{
    m_answers << Answer(path);
    return *this;
}

Script &Script::dialog(std::function<int(QDialog *)> answer)
{
    m_answers << Answer(std::move(answer));
    return *this;
}

bool Script::finished(QString *why) const
{
    QStringList problems;
    if (!m_unexpected.isEmpty())
        problems << QStringLiteral("unanswered: ") + m_unexpected.join(QStringLiteral(" | "));
    if (!m_answers.isEmpty())
        problems << QStringLiteral("%1 answer(s) never asked for").arg(m_answers.size());
    if (why)
        *why = problems.join(QStringLiteral("; "));
    return problems.isEmpty();
}

namespace {

void showMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    if (g_script) {
        ScriptAccess::message(text);
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace

void inform(QWidget *parent, const QString &title, const QString &text)
{
    showMessage(parent, QMessageBox::Information, title, text);
}

void warn(QWidget *parent, const QString &title, const QString &text)
{
    showMessage(parent, QMessageBox::Warning, title, text);
}

bool confirm(QWidget *parent, const QString &title, const QString &text)
{
    if (g_script)
        return ScriptAccess::next<bool>(title + QStringLiteral(": ") + text).value_or(false);
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

std::optional<QString> text(QWidget *parent, const QString &title, const QString &label, const QString &initial)
{
    if (g_script) {
        const std::optional<QString> typed = ScriptAccess::next<QString>(title + QStringLiteral(": ") + label);
        if (!typed || typed->isNull())
            return std::nullopt;
        return typed;
    }
    bool ok = false;
    const QString typed = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? std::optional<QString>(typed) : std::nullopt;
}

int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &buttons)
{
    if (g_script)
        return ScriptAccess::next<int>(title + QStringLiteral(": ") + text).value_or(-1);
    const std::unique_ptr<QMessageBox> box = choiceBox(parent, title, text, buttons);
    box->exec();
    const QVariant index = box->clickedButton() ? box->clickedButton()->property("choice") : QVariant();
    return index.isValid() ? index.toInt() : -1; // Cancel, or the window closed
}

std::unique_ptr<QMessageBox> choiceBox(QWidget *parent, const QString &title, const QString &text,
                                       const QStringList &buttons)
{
    auto box = std::make_unique<QMessageBox>(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box->setTextFormat(Qt::PlainText);
    for (int i = 0; i < buttons.size(); ++i)
        box->addButton(buttons.at(i), QMessageBox::AcceptRole)->setProperty("choice", i);
    return box;
}

QString openFile(QWidget *parent, const QString &title, const QString &dir, const QString &filter)
{
    if (g_script)
        return ScriptAccess::next<QString>(title).value_or(QString());
    return QFileDialog::getOpenFileName(parent, title, dir, Persian::fileFilter(filter));
}

QString saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    if (g_script)
        return ScriptAccess::next<QString>(title).value_or(QString());
    return QFileDialog::getSaveFileName(parent, title, suggested, Persian::fileFilter(filter));
}

int exec(QDialog *dialog)
{
    if (g_script) {
        const auto answer = ScriptAccess::next<std::function<int(QDialog *)>>(dialog->windowTitle());
        return answer ? (*answer)(dialog) : int(QDialog::Rejected);
    }
    return dialog->exec();
}

} // namespace Ask
