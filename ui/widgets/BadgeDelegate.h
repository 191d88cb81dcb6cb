#pragma once
#include <QColor>
#include <QHash>
#include <QStyledItemDelegate>

// A Label column of a list drawn as a small coloured badge: the label on a tint of its colour,
// picked by the stored code (PagedListModel::RawRole). The colour only repeats what the word
// says, so the list still reads right in print, in an export and for a person who does not
// tell the colours apart.
class BadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    struct Colours
    {
        QColor text;
        QColor fill;
    };
    BadgeDelegate(QHash<QString, Colours> colours, QObject *parent = nullptr);

    // The colours of a stored code; invalid colours for a code without any (drawn as plain text).
    Colours coloursOf(const QString &code) const { return m_colours.value(code); }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QHash<QString, Colours> m_colours;
};
