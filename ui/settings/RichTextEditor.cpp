#include "ui/settings/RichTextEditor.h"

#include <QAction>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QVBoxLayout>

RichTextEditor::RichTextEditor(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_edit(new QTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_edit);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_edit->setObjectName(QStringLiteral("richTextEdit"));
    m_edit->setAcceptRichText(true);

    m_bold = m_toolBar->addAction(tr("Bold"), this, &RichTextEditor::toggleBold);
    m_bold->setShortcut(QKeySequence::Bold);
    m_italic = m_toolBar->addAction(tr("Italic"), this, &RichTextEditor::toggleItalic);
    m_italic->setShortcut(QKeySequence::Italic);
    m_list = m_toolBar->addAction(tr("Bulleted list"), this, &RichTextEditor::toggleList);
    for (QAction *a : {m_bold, m_italic, m_list}) {
        a->setCheckable(true);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    QFont f = font();
    f.setBold(true);
    m_bold->setFont(f);
    f.setBold(false);
    f.setItalic(true);
    m_italic->setFont(f);
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, &RichTextEditor::syncButtons);
    connect(m_edit, &QTextEdit::textChanged, this, &RichTextEditor::changed);
}

QString RichTextEditor::html() const
{
    return isEmpty() ? QString() : m_edit->toHtml();
}

void RichTextEditor::setHtml(const QString &html)
{
    m_edit->setHtml(html);
}

bool RichTextEditor::isEmpty() const
{
    return m_edit->document()->isEmpty();
}

void RichTextEditor::toggleBold(bool on)
{
    QTextCharFormat f;
    f.setFontWeight(on ? QFont::Bold : QFont::Normal);
    m_edit->mergeCurrentCharFormat(f);
}

void RichTextEditor::toggleItalic(bool on)
{
    QTextCharFormat f;
    f.setFontItalic(on);
    m_edit->mergeCurrentCharFormat(f);
}

void RichTextEditor::toggleList(bool on)
{
    QTextCursor cursor = m_edit->textCursor();
    if (on) {
        cursor.createList(QTextListFormat::ListDisc);
    } else if (QTextList *list = cursor.currentList()) {
        list->remove(cursor.block());
        QTextBlockFormat plain = cursor.blockFormat();
        plain.setIndent(0);
        cursor.setBlockFormat(plain);
    }
}

void RichTextEditor::syncButtons()
{
    const QTextCharFormat f = m_edit->currentCharFormat();
    m_bold->setChecked(f.fontWeight() >= QFont::Bold);
    m_italic->setChecked(f.fontItalic());
    m_list->setChecked(m_edit->textCursor().currentList() != nullptr);
}
