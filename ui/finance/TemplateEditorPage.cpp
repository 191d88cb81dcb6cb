#include "ui/finance/TemplateEditorPage.h"

#include "models/club/ItemTypeRepository.h"
#include "models/club/ItemTypeService.h"
#include "models/core/SettingsRepository.h"
#include "reports/TemplateRenderer.h"
#include "models/finance/DocumentApproval.h"
#include "models/finance/FinanceRights.h"
#include "ui/widgets/Ask.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

TemplateEditorPage::TemplateEditorPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_types(new QComboBox(this))
    , m_variant(new QComboBox(this))
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_reset(new QPushButton(tr("&Reset to default…"), this))
    , m_delay(new QTimer(this))
{
    m_types->setObjectName(QStringLiteral("typeComboBox"));
    m_variant->setObjectName(QStringLiteral("variantComboBox"));
    m_editor->setObjectName(QStringLiteral("templatePlainTextEdit"));
    m_preview->setObjectName(QStringLiteral("previewTextBrowser"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_save->setShortcut(QKeySequence::Save);

    const QStringList entities = FinanceRights::documentEntities() + FinanceRights::receiptEntities();
    for (const ItemType &t : ItemTypeRepository(*session.store).byEntity(QString()))
        if (entities.contains(t.entity))
            m_types->addItem(t.name, t.id);
    m_variant->addItem(tr("Main template (staff)"), false);
    m_variant->addItem(tr("Public template (club)"), true);
    // HTML reads left to right whatever the UI language
    m_editor->setLayoutDirection(Qt::LeftToRight);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setOpenLinks(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Item type:"), this));
    bar->addWidget(m_types, 1);
    bar->addWidget(m_variant);
    bar->addWidget(m_save);
    bar->addWidget(m_reset);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    m_delay->setSingleShot(true);
    m_delay->setInterval(350);
    connect(m_editor, &QPlainTextEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &TemplateEditorPage::refreshPreview);
    connect(m_types, &QComboBox::currentIndexChanged, this, &TemplateEditorPage::loadTemplate);
    connect(m_variant, &QComboBox::currentIndexChanged, this, &TemplateEditorPage::loadTemplate);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_reset, &QPushButton::clicked, this, [this] { resetToDefault(); });
    loadTemplate();
}

std::optional<ItemType> TemplateEditorPage::currentType() const
{
    return ItemTypeRepository(*m_session.store).get(m_types->currentData().toString());
}

bool TemplateEditorPage::isPublic() const
{
    return m_variant->currentData().toBool();
}

void TemplateEditorPage::loadTemplate()
{
    const auto type = currentType();
    const auto variant = isPublic() ? TemplateRenderer::Variant::Public : TemplateRenderer::Variant::Main;
    m_editor->setPlainText(type ? TemplateRenderer::templateFor(*type, variant) : QString());
    m_status->clear();
    refreshPreview();
}

void TemplateEditorPage::refreshPreview()
{
    m_delay->stop();
    const auto type = currentType();
    if (!type) {
        m_preview->clear();
        return;
    }
    const Company company = SettingsRepository(*m_session.store).company().value_or(Company());
    QString error;
    const QString html = TemplateRenderer::render(m_editor->toPlainText(), TemplateRenderer::sampleData(*type, company), &error);
    if (!error.isEmpty()) {
        m_status->setText(tr("The template does not parse: %1").arg(error)); // the last good preview stays
        return;
    }
    m_status->clear();
    m_preview->setHtml(html);
}

bool TemplateEditorPage::save()
{
    auto type = currentType();
    if (!type)
        return false;
    QString error;
    TemplateRenderer::render(m_editor->toPlainText(), {}, &error);
    if (!error.isEmpty()) {
        Ask::warn(this, tr("Templates"), tr("The template does not parse: %1").arg(error));
        return false;
    }
    ItemTypeService service(*m_session.store);
    if (!service.saveTemplate(m_session.actor(), type->id, isPublic(), m_editor->toPlainText())) {
        Ask::warn(this, tr("Templates"), service.error()); // what was typed stays in the editor
        return false;
    }
    m_status->setText(tr("Saved."));
    return true;
}

bool TemplateEditorPage::resetToDefault(bool confirmed)
{
    auto type = currentType();
    if (!type)
        return false;
    if (!confirmed
        && !Ask::confirm(this, tr("Reset to default"),
                         tr("Replace this template with the built-in one? Your changes to it are lost.")))
        return false;
    const QString text = TemplateRenderer::resetToDefault(*type, isPublic() ? TemplateRenderer::Variant::Public
                                                                             : TemplateRenderer::Variant::Main);
    ItemTypeService service(*m_session.store);
    if (!service.saveTemplate(m_session.actor(), type->id, isPublic(), QString())) {
        Ask::warn(this, tr("Templates"), service.error());
        return false;
    }
    m_editor->setPlainText(text);
    refreshPreview();
    m_status->setText(tr("The built-in template is back."));
    return true;
}
