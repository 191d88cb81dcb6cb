#include "ui/finance/ListPickerDialog.h"

#include "models/identities/IdentityRepository.h"
#include "ui/shell/SectionKit.h"
#include "ui/widgets/Ask.h"
#include "ui/widgets/WindowGeometry.h"

#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

ListPickerDialog::ListPickerDialog(QSqlDatabase db, const QString &title, QVector<ListColumn> columns,
                                   ListPage::SpecFactory factory, QWidget *parent)
    : QDialog(parent)
    , m_page(new ListPage(std::move(db), std::move(columns), std::move(factory), {}, this))
{
    setObjectName(QStringLiteral("listPickerDialog"));
    setWindowTitle(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_page, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ListPickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ListPickerDialog::reject);
    connect(m_page, &ListPage::activated, this, [this](const QString &) { accept(); });
    resize(720, 460);
    WindowGeometry::keep(this, QStringLiteral("listPicker"));
    m_page->reload();
    m_page->searchEdit()->setFocus();
}

void ListPickerDialog::accept()
{
    m_chosen = m_page->selectedId();
    if (m_chosen.isEmpty() && m_page->model()->rowCount() == 1)
        m_chosen = m_page->model()->idAt(0); // the search left one row: Enter takes it
    if (m_chosen.isEmpty())
        return;
    const int row = m_page->model()->rowOf(m_chosen);
    m_chosenTexts.clear();
    for (int c = 0; c < m_page->model()->columnCount(); ++c)
        m_chosenTexts << m_page->model()->data(m_page->model()->index(row, c)).toString();
    QDialog::accept();
}

QString ListPickerDialog::chooseIdentity(Store &store, const QString &title, QWidget *parent, QString *name)
{
    Store *s = &store;
    ListPickerDialog picker(store.db(), title,
                            {SectionKit::text(tr("Name")), SectionKit::text(tr("Customer number"))},
                            [s](const QString &search, const QString &) {
                                IdentityFilter f;
                                f.search = search;
                                ListSpec spec = IdentityRepository(*s).list(f);
                                spec.columns = spec.columns.mid(0, 3); // id, name, customer number
                                return spec;
                            },
                            parent);
    if (Ask::exec(&picker) != QDialog::Accepted)
        return {};
    if (name)
        *name = picker.chosenText(0);
    return picker.chosenId();
}
