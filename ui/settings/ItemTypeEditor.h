#pragma once
#include "ui/shell/Session.h"
#include "models/club/ItemTypeService.h"

#include <QWidget>

#include <memory>

class CustomFieldsModel;
class QCheckBox;
class QComboBox;

namespace Ui {
class ItemTypeEditor;
}

// One item type's settings (reference §1.12, §2.3): the customer and agent blocks, the
// financial settings of financial types and the custom fields. Every change is written at
// once through ItemTypeService, like the matrix; a refused change puts the stored value back
// on screen and reports why.
class ItemTypeEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit ItemTypeEditor(QWidget *parent = nullptr); // built by the page's form
    ~ItemTypeEditor() override;

    void attach(const Session &session); // before showType()
    void showType(const QString &typeId); // empty = nothing selected
    QString typeId() const { return m_typeId; }
    // Stores the image file as the type's signature (also what the file chooser does).
    bool setSignatureFile(const QString &path);

signals:
    void changed(const QString &typeId);
    void failed(const QString &error);

private:
    using Edit = std::function<void(ItemType &)>;
    void connectCheck(QCheckBox *box, const char *setting, bool ItemType::*member);
    void connectDisplayMode(QComboBox *box, const char *setting, QString ItemType::*member);
    void change(const QString &setting, const QString &value, const Edit &edit);
    void load(const ItemType &type);
    void showSignature(const QByteArray &image);
    void saveFields();
    void chooseSignature();

    std::unique_ptr<Ui::ItemTypeEditor> m_ui;
    Session m_session; // each change acts as the user it holds, loaded afresh
    std::unique_ptr<ItemTypeService> m_writer;
    CustomFieldsModel *m_fields;
    QString m_typeId;
    bool m_loading = false;
};
