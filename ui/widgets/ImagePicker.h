#pragma once
#include <QByteArray>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

// An image for paper — a logo, a seal, a signature — with its preview and «انتخاب…» / «حذف»
// buttons. A picture too big for a PDF is scaled down and stored as PNG rather than refused:
// a clerk has a scan of the company's stamp, not an image editor.
class ImagePicker : public QWidget
{
    Q_OBJECT
public:
    explicit ImagePicker(QWidget *parent = nullptr);

    QByteArray image() const { return m_image; }
    void setImage(const QByteArray &image); // shows it; does not emit changed()
    // Reads the file as a user choosing it would; false with a Persian `error` when it is not an image.
    bool setImageFile(const QString &path, QString *error);

    // The bytes to keep for `path`: the file itself when it is small, else a scaled-down PNG.
    static std::optional<QByteArray> readImageFile(const QString &path, QString *error);
    static void showPreview(QLabel *label, const QByteArray &image);

signals:
    void changed(const QByteArray &image);
    void failed(const QString &error);

private:
    void choose();
    QByteArray m_image;
    QLabel *m_preview;
    QPushButton *m_choose;
    QPushButton *m_clear;
};
