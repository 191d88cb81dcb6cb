#pragma once
#include <QWidget>

class QTextEdit;
class QToolBar;

// A rich text box with the few formats a club banner or footer needs (bold, italic, bulleted
// list). Kept small on purpose: the club panel shows the HTML as it is, so anything richer
// would be an HTML editor.
class RichTextEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit RichTextEditor(QWidget *parent = nullptr);

    QString html() const;
    void setHtml(const QString &html);
    bool isEmpty() const;
    QTextEdit *textEdit() const { return m_edit; }

signals:
    void changed();

private:
    void toggleBold(bool on);
    void toggleItalic(bool on);
    void toggleList(bool on);
    void syncButtons();

    QToolBar *m_toolBar;
    QTextEdit *m_edit;
    QAction *m_bold;
    QAction *m_italic;
    QAction *m_list;
};
