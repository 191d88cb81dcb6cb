#include "ui/company/GettingStartedPage.h"

#include "models/company/GettingStarted.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/Ask.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

struct StepText
{
    QString title;
    QString hint;
};

StepText textOf(GettingStarted::Step step)
{
    switch (step) {
    case GettingStarted::Step::CompanyProfile:
        return {GettingStartedPage::tr("Complete the company's profile"),
                GettingStartedPage::tr("National ID, economic code, postal code and address, as the official invoice needs them.")};
    case GettingStarted::Step::LogoAndSeal:
        return {GettingStartedPage::tr("Add the logo and the seal"),
                GettingStartedPage::tr("They print on invoices, receipts and contracts; the seal only on approved ones.")};
    case GettingStarted::Step::Accounts:
        return {GettingStartedPage::tr("Set up the bank accounts"),
                GettingStartedPage::tr("IBAN and card number, and whether customers may pay by card transfer, deposit or online.")};
    case GettingStarted::Step::ClubSettings:
        return {GettingStartedPage::tr("Switch the club on"),
                GettingStartedPage::tr("Choose the customer and agent clubs, self-registration and the password policy.")};
    case GettingStarted::Step::FirstClubUsers:
        return {GettingStartedPage::tr("Give the first customers an account"),
                GettingStartedPage::tr("One at a time, or thousands at once from an Excel file.")};
    case GettingStarted::Step::FirstInvoice:
        return {GettingStartedPage::tr("Issue the first invoice"),
                GettingStartedPage::tr("Approve and print it: the seller block shows the company's profile.")};
    }
    return {};
}

} // namespace

GettingStartedPage::GettingStartedPage(const Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_steps(new QVBoxLayout)
{
    setObjectName(QStringLiteral("gettingStartedPage"));
    auto *heading = new QLabel(tr("Getting started"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading->setFont(big);
    auto *dismiss = new QPushButton(tr("&Do not show this again"), this);
    dismiss->setObjectName(QStringLiteral("dismissButton"));
    connect(dismiss, &QPushButton::clicked, this, &GettingStartedPage::dismiss);
    // the steps in a readable column at the start of the line, each icon next to its words
    auto *steps = new QWidget(this);
    steps->setLayout(m_steps);
    steps->setMaximumWidth(640);
    m_steps->setContentsMargins(0, 0, 0, 0);
    auto *line = new QHBoxLayout; // the start of the line comes first, in either direction
    line->addWidget(steps, 1);
    line->addStretch(0);
    auto *column = new QVBoxLayout(this);
    column->addWidget(heading);
    column->addLayout(line);
    column->addStretch(1);
    column->addWidget(dismiss, 0, Qt::AlignLeading);
}

QString GettingStartedPage::sectionOf(int step)
{
    switch (GettingStarted::Step(step)) {
    case GettingStarted::Step::CompanyProfile: return QStringLiteral("company-profile");
    case GettingStarted::Step::LogoAndSeal: return QStringLiteral("company-profile");
    case GettingStarted::Step::Accounts: return QStringLiteral("financial-accounts");
    case GettingStarted::Step::ClubSettings: return QStringLiteral("club-settings");
    case GettingStarted::Step::FirstClubUsers: return QStringLiteral("customer-members");
    case GettingStarted::Step::FirstInvoice: return QStringLiteral("documents");
    }
    return {};
}

void GettingStartedPage::showEvent(QShowEvent *event)
{
    refresh(); // what is done is read again each time the page comes back
    QWidget::showEvent(event);
}

void GettingStartedPage::refresh()
{
    while (QLayoutItem *item = m_steps->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<GettingStarted::Item> items = GettingStarted::items(*m_session.store);
    for (const GettingStarted::Item &item : items) {
        const StepText text = textOf(item.step);
        // a step: its title as the button that opens its screen, the hint under it
        auto *row = new QWidget(m_steps->parentWidget());
        auto *rowLayout = new QVBoxLayout(row);
        rowLayout->setContentsMargins(0, 6, 0, 6);
        rowLayout->setSpacing(2);
        auto *button = new QPushButton(item.done ? QStringLiteral("✓ ") + text.title : text.title, row);
        button->setObjectName(QStringLiteral("step%1").arg(int(item.step)));
        QFont bold = button->font();
        bold.setBold(!item.done);
        button->setFont(bold);
        auto *hint = new QLabel(text.hint, row);
        hint->setWordWrap(true);
        rowLayout->addWidget(button, 0, Qt::AlignLeading);
        rowLayout->addWidget(hint);
        const QString key = sectionOf(int(item.step));
        connect(button, &QPushButton::clicked, this, [this, key] {
            if (auto *main = qobject_cast<MainWindow *>(window()))
                main->openSection(key);
        });
        m_steps->addWidget(row);
    }
}

void GettingStartedPage::dismiss()
{
    QString error;
    if (!GettingStarted::dismiss(*m_session.store, m_session.actor(), &error)) {
        Ask::warn(this, tr("Getting started"), error);
        return;
    }
    refresh();
}
