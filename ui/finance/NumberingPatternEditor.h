#pragma once
#include "models/finance/NumberingPattern.h"
#include "ui/shell/Session.h"
#include "ui/widgets/UnsavedChanges.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class NumberingPatternEditor;
}

// One numbering pattern («الگوی شماره‌گذاری», reference §1.17): title, pattern, initial value,
// yearly restart and current last value, with the next number it would give shown as the person
// types (Numbering::preview: the numbering's own choice and formatting, not a copy of them) and
// a plain Persian sentence instead when the pattern is wrong. NumberingPatternService decides.
class NumberingPatternEditor final : public QDialog
{
    Q_OBJECT
public:
    NumberingPatternEditor(const Session &session, const QString &patternId = {}, QWidget *parent = nullptr);
    ~NumberingPatternEditor() override;
    void accept() override;
    void reject() override;

    // The sample as shown (for tests and the tour): the next number, or empty with a problem.
    QString sampleNumber() const { return m_sample; }

private:
    // The definition in the fields; nothing, with `problem` set, when a value is not a number.
    std::optional<NumberingPattern> fromFields(QString *problem) const;
    void refreshSample();
    void insertToken(const QString &token);

    std::unique_ptr<Ui::NumberingPatternEditor> m_ui;
    Session m_session;
    UnsavedChanges m_unsaved{this};
    NumberingPattern m_pattern;
    QString m_sample;
};
