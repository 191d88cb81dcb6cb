#include "ui/club/ClubDashboardPage.h"

#include "ui/shell/Workspace.h"

#include "models/club/ClubLists.h"
#include "models/loyalty/Points.h"
#include "models/core/PagedListModel.h"
#include "models/persian/Digits.h"
#include "models/persian/Money.h"
#include "models/club/ClubOverviewRepository.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/TableLook.h"

#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QTableView>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

ClubDashboardPage::ClubDashboardPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(new QTextBrowser(this))
    , m_footer(new QTextBrowser(this))
    , m_cards(new QGridLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(14);
    auto *welcome = new QLabel(this);
    welcome->setObjectName(QStringLiteral("welcomeLabel"));
    QFont big = welcome->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    welcome->setFont(big);
    PlainText::show(welcome, tr("Welcome, %1").arg(session.displayName), 2 * PlainText::kLabelWidth);
    layout->addWidget(welcome);

    m_banner->setObjectName(QStringLiteral("bannerTextBrowser"));
    m_banner->setOpenExternalLinks(true);
    m_banner->setFrameShape(QFrame::NoFrame);
    m_banner->setMaximumHeight(150);
    layout->addWidget(m_banner);

    m_cards->setSpacing(12);
    layout->addLayout(m_cards);

    auto *recentTitle = new QLabel(tr("Latest approved documents"), this);
    QFont bold = recentTitle->font();
    bold.setBold(true);
    recentTitle->setFont(bold);
    layout->addWidget(recentTitle);
    auto *recent = new QTableView(this);
    recent->setObjectName(QStringLiteral("recentTableView"));
    auto *model = new PagedListModel(session.store->db(), Workspace::documentColumns(), recent);
    model->setSpec(ClubLists(*session.store, session.userId).documents());
    recent->setModel(model);
    recent->verticalHeader()->hide();
    recent->setSelectionBehavior(QAbstractItemView::SelectRows);
    recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    TableLook::apply(recent);
    TableLook::fitColumns(recent);
    layout->addWidget(recent, 1);

    m_footer->setObjectName(QStringLiteral("footerTextBrowser"));
    m_footer->setFrameShape(QFrame::NoFrame);
    m_footer->setMaximumHeight(70);
    layout->addWidget(m_footer);
    load();
}

QLabel *ClubDashboardPage::addCard(const QString &title, const QString &objectName, int column)
{
    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    card->setStyleSheet(QStringLiteral("QFrame { background: palette(base); border-radius: 6px; }"));
    auto *v = new QVBoxLayout(card);
    auto *heading = new QLabel(title, card);
    auto *value = new QLabel(card);
    value->setObjectName(objectName);
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    value->setFont(f);
    value->setWordWrap(true);
    v->addWidget(heading);
    v->addWidget(value);
    m_cards->addWidget(card, 0, column);
    return value;
}

void ClubDashboardPage::load()
{
    Store &store = *m_session.store;
    ClubOverviewRepository overview(store);
    const QString language = QLocale().language() == QLocale::Persian ? QStringLiteral("fa") : QStringLiteral("en");
    const QString banner = overview.publishedBlock(QStringLiteral("banner"), language);
    m_banner->setHtml(banner);
    m_banner->setVisible(!banner.isEmpty());
    const QString footer = overview.publishedBlock(QStringLiteral("footer"), language);
    m_footer->setHtml(footer);
    m_footer->setVisible(!footer.isEmpty());

    // every tile reads through the club's visibility rules, like the lists
    const ClubLists club(store, m_session.userId);
    int column = 0;
    if (const std::optional<qint64> balance = club.balance()) {
        m_balance = addCard(tr("Account balance"), QStringLiteral("balanceLabel"), column++);
        const QString amount = Persian::formatMoney(qAbs(*balance), Persian::shownUnit());
        m_balance->setText(*balance == 0 ? tr("Settled")
                                         : *balance > 0 ? tr("%1 owed").arg(amount) : tr("%1 in credit").arg(amount));
    }
    m_points = addCard(tr("Points"), QStringLiteral("pointsLabel"), column++);
    const PointTotals points = club.pointTotals();
    m_points->setText(tr("%Ln point(s)", nullptr, int(points.remaining())));
    m_points->setToolTip(tr("Earned %1, spent %2, expired %3")
                             .arg(Persian::formatNumber(points.earned), Persian::formatNumber(points.consumed),
                                  Persian::formatNumber(points.expired)));
    m_waiting = addCard(tr("Steps waiting for you"), QStringLiteral("waitingLabel"), column++);
    m_waiting->setText(Persian::formatNumber(club.count(ClubList::Cartable)));
}

QString ClubDashboardPage::balanceText() const
{
    return m_balance ? m_balance->text() : QString();
}

QString ClubDashboardPage::pointsText() const
{
    return m_points->text();
}

QString ClubDashboardPage::waitingText() const
{
    return m_waiting->text();
}
