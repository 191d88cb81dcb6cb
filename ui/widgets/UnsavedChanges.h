#pragma once
#include <QStringList>

class QWidget;

// What a person has typed into an editor and not saved yet. An editor takes a snapshot of its
// fields once they are filled (markSaved) and, when it is cancelled or closed, asks through
// Ask::confirm before anything typed is thrown away; with nothing changed it closes at once.
//
// The snapshot is read from the fields themselves (line edits, combo boxes, check and radio
// buttons, spin boxes, text edits, image pickers and the cells of table widgets), so an editor does not keep
// a second copy of its state that could drift from what the screen shows.
class UnsavedChanges
{
public:
    explicit UnsavedChanges(QWidget *form) : m_form(form) {}

    // What the fields hold now counts as saved (after loading, or after prefilling).
    void markSaved();
    bool hasChanges() const;
    // True when the editor may close: nothing changed, or the person agreed to discard it.
    bool mayDiscard() const;

    static QStringList snapshot(const QWidget *form);

private:
    QWidget *m_form;
    QStringList m_saved;
};
