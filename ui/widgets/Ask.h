#pragma once
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <variant>

class QDialog;
class QMessageBox;
class QWidget;

// Every modal question Vafa puts to a person goes through Ask: a message, a yes-or-no, a line
// of text, a file to open or save, a choice between buttons, or a whole dialog. Two reasons:
// - what a message says is shown as plain text, so a customer's name or a pasted value never
//   turns into rich text;
// - tests install an Ask::Script before they act: each question takes the script's next answer
//   instead of opening a window, and a question nobody scripted fails the test at once instead
//   of waiting on a timer (DESIGN §10).
namespace Ask {

void inform(QWidget *parent, const QString &title, const QString &text);
void warn(QWidget *parent, const QString &title, const QString &text);
// Yes or No; No is the default button, so Enter never destroys anything by accident.
bool confirm(QWidget *parent, const QString &title, const QString &text);
// A line of text; nothing when the person cancels.
std::optional<QString> text(QWidget *parent, const QString &title, const QString &label, const QString &initial = {});
// The index of the button chosen among `buttons` (Cancel is added), or -1.
int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &buttons);
// The box choose() shows, built and not yet shown (the screenshot tour pictures it).
std::unique_ptr<QMessageBox> choiceBox(QWidget *parent, const QString &title, const QString &text,
                                       const QStringList &buttons);
// A path, or empty when cancelled.
QString openFile(QWidget *parent, const QString &title, const QString &dir, const QString &filter);
QString saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);
// Runs a dialog modally and returns its result (QDialog::Accepted or Rejected).
int exec(QDialog *dialog);

// The answers a test gives, in order. While a Script lives, no question opens a window.
class Script
{
public:
    Script();
    ~Script();
    Script(const Script &) = delete;
    Script &operator=(const Script &) = delete;

    Script &confirm(bool yes);
    Script &text(const QString &typed);  // an empty QString() cancels
    Script &choose(int index);           // -1 cancels
    Script &file(const QString &path);   // empty cancels
    // The dialog is handed over built, before it would be shown; the function returns its result.
    Script &dialog(std::function<int(QDialog *)> answer);

    // Messages shown (inform and warn), in order, and the questions that found no answer.
    QStringList messages() const { return m_messages; }
    QStringList unexpected() const { return m_unexpected; }
    // True when every answer was used and no question went unanswered; else what went wrong.
    bool finished(QString *why = nullptr) const;

private:
    friend struct ScriptAccess;
    using Answer = std::variant<bool, QString, int, std::function<int(QDialog *)>>;
    QList<Answer> m_answers;
    QStringList m_messages;
    QStringList m_unexpected;
};

} // namespace Ask
