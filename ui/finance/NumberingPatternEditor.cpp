#include "ui/finance/NumberingPatternEditor.h"

#include "ui_NumberingPatternEditor.h"

#include "models/finance/FinanceStateRepository.h"
#include "models/finance/Numbering.h"
#include "models/finance/NumberingPatternService.h"
#include "models/persian/Bidi.h"
#include "models/persian/Digits.h"
#include "ui/widgets/WindowGeometry.h"

#include <QPushButton>

NumberingPatternEditor::NumberingPatternEditor(const Session &session, const QString &patternId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NumberingPatternEditor>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NumberingPatternEditor::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NumberingPatternEditor::reject);
    WindowGeometry::keep(this, QStringLiteral("numberingPatternEditor"));
    // a pattern and its numbers read left to right, as they are printed
    for (QLineEdit *e : {m_ui->patternLineEdit, m_ui->initialLineEdit, m_ui->lastLineEdit})
        e->setLayoutDirection(Qt::LeftToRight);
    m_ui->sampleLabel->setLayoutDirection(Qt::LeftToRight); // «۱۴۰۳-۰۰۱» would read «۰۰۱-۱۴۰۳» right to left
    QFont big = m_ui->sampleLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_ui->sampleLabel->setFont(big);
    // the tokens read left to right inside the Persian sentence, or their brackets turn around;
    // a left-to-right mark on each side holds them (the label's layout ignores embeddings)
    auto token = [](const char *t) -> QString {
        const QChar mark(0x200E);
        return mark + QLatin1String(t) + mark;
    };
    m_ui->helpLabel->setText(tr("Write the number as it should look. %1 is the sequence, %2 a sequence of exactly three "
                                "digits (one underscore per digit), %3 the solar year and %4 the Gregorian year; "
                                "everything else is kept as typed, except %5 and %6. Separate two tokens, for example "
                                "with %7 or %8.")
                                 .arg(token("{*(AN)}"), token("{___(AN)}"), token("{*(SHYY)}"), token("{*(MIYY)}"),
                                      token("."), token("+"), token("-"), token("/")));

    connect(m_ui->sequenceButton, &QPushButton::clicked, this, [this] { insertToken(QStringLiteral("{*(AN)}")); });
    connect(m_ui->fixedSequenceButton, &QPushButton::clicked, this, [this] { insertToken(QStringLiteral("{_____(AN)}")); });
    connect(m_ui->jalaliYearButton, &QPushButton::clicked, this, [this] { insertToken(QStringLiteral("{*(SHYY)}")); });
    connect(m_ui->gregorianYearButton, &QPushButton::clicked, this, [this] { insertToken(QStringLiteral("{*(MIYY)}")); });

    FinanceStateRepository repo(*session.store);
    const auto stored = patternId.isEmpty() ? std::nullopt : repo.pattern(patternId);
    if (stored) {
        m_pattern = *stored;
        setWindowTitle(tr("Numbering pattern: %1").arg(stored->title));
        const QStringList users = repo.patternUsers(stored->id);
        const bool numbered = repo.numberedCount(stored->id) > 0;
        QStringList notes;
        if (!users.isEmpty())
            notes << tr("Used by %1.").arg(users.join(tr(", ")));
        if (numbered) {
            // §1.17: the pattern of numbered items stays; everything else may still change
            m_ui->patternLineEdit->setReadOnly(true);
            for (QPushButton *b : {m_ui->sequenceButton, m_ui->fixedSequenceButton, m_ui->jalaliYearButton,
                                   m_ui->gregorianYearButton})
                b->setEnabled(false);
            notes << tr("Items already carry its numbers, so the pattern itself can no longer change.");
        }
        m_ui->usageLabel->setText(notes.join(QLatin1Char(' ')));
    } else {
        setWindowTitle(tr("New numbering pattern"));
        m_pattern.pattern = QStringLiteral("{*(SHYY)}-{_____(AN)}");
    }
    m_ui->usageLabel->setVisible(!m_ui->usageLabel->text().isEmpty());
    m_ui->titleLineEdit->setText(m_pattern.title);
    m_ui->patternLineEdit->setText(m_pattern.pattern);
    m_ui->initialLineEdit->setText(Persian::toReadersDigits(QString::number(m_pattern.initialValue)));
    m_ui->yearlyResetCheckBox->setChecked(m_pattern.yearlyReset);
    m_ui->lastLineEdit->setText(Persian::toReadersDigits(QString::number(m_pattern.lastValue)));

    for (QLineEdit *e : {m_ui->patternLineEdit, m_ui->initialLineEdit, m_ui->lastLineEdit})
        connect(e, &QLineEdit::textChanged, this, &NumberingPatternEditor::refreshSample);
    connect(m_ui->yearlyResetCheckBox, &QCheckBox::toggled, this, &NumberingPatternEditor::refreshSample);
    refreshSample();
    m_unsaved.markSaved();
}

NumberingPatternEditor::~NumberingPatternEditor() = default;

void NumberingPatternEditor::insertToken(const QString &token)
{
    m_ui->patternLineEdit->insert(token);
    m_ui->patternLineEdit->setFocus();
}

std::optional<NumberingPattern> NumberingPatternEditor::fromFields(QString *problem) const
{
    NumberingPattern p = m_pattern;
    p.title = m_ui->titleLineEdit->text();
    p.pattern = m_ui->patternLineEdit->text().trimmed();
    p.yearlyReset = m_ui->yearlyResetCheckBox->isChecked();
    const auto initial = Persian::parseInteger(m_ui->initialLineEdit->text());
    const auto last = Persian::parseInteger(m_ui->lastLineEdit->text());
    if (!initial || *initial < 0) {
        *problem = tr("The initial value must be a whole number, 0 or more.");
        return std::nullopt;
    }
    if (!last || *last < 0) {
        *problem = tr("The current last value must be a whole number, 0 or more.");
        return std::nullopt;
    }
    p.initialValue = *initial;
    p.lastValue = *last;
    return p;
}

void NumberingPatternEditor::refreshSample()
{
    QString problem;
    const auto p = fromFields(&problem);
    Numbering::Preview preview;
    if (p)
        preview = Numbering(*m_session.store).preview(*p);
    else
        preview.error = problem;
    m_sample = preview.number;
    m_ui->sampleLabel->setText(Persian::toReadersDigits(preview.number));
    m_ui->sampleLabel->setVisible(!preview.number.isEmpty());
    m_ui->patternProblemLabel->setText(preview.error);
    m_ui->patternProblemLabel->setVisible(!preview.error.isEmpty());
    // a definition the numbering cannot use is not saved; a used-up range still lets the title change
    QString invalid = problem;
    if (p)
        (void)Numbering::validateDefinition(*p, &invalid);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(invalid.isEmpty());
}

void NumberingPatternEditor::accept()
{
    QString problem;
    auto p = fromFields(&problem);
    if (!p) {
        m_ui->errorLabel->setText(problem);
        m_ui->errorLabel->show();
        return;
    }
    NumberingPatternService service(*m_session.store, m_session.actor());
    if (!(p->id.isEmpty() ? service.create(*p) : service.update(*p))) {
        m_ui->errorLabel->setText(service.error());
        m_ui->errorLabel->show();
        return;
    }
    m_pattern = *p;
    QDialog::accept();
}

void NumberingPatternEditor::reject()
{
    // Cancel, Esc and the window's close button all come here: nothing typed is lost unasked
    if (m_unsaved.mayDiscard())
        QDialog::reject();
}
