#pragma once
// «قالب پیش‌نمایش»: the HTML print template of an item type, main or public, edited as text
// with a live preview of a sample item (debounced, so typing stays smooth), saved on the type;
// «بازخوانی» puts the built-in default back after asking.
#include "models/club/ItemType.h"
#include "ui/shell/Session.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

class TemplateEditorPage final : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateEditorPage(const Session &session, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    QTextBrowser *preview() const { return m_preview; }
    // Renders the text in the editor now (the timer does it shortly after typing stops).
    void refreshPreview();
    bool save();
    // Asks first unless `confirmed`.
    bool resetToDefault(bool confirmed = false);

private:
    void loadTemplate();
    std::optional<ItemType> currentType() const;
    bool isPublic() const;

    Session m_session;
    QComboBox *m_types;
    QComboBox *m_variant;
    QPlainTextEdit *m_editor;
    QTextBrowser *m_preview;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_reset;
    QTimer *m_delay;
};
