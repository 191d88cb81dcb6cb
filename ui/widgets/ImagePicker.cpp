#include "ui/widgets/ImagePicker.h"

#include "models/core/Company.h"
#include "models/persian/Bidi.h"
#include "ui/widgets/Ask.h"

#include <QBuffer>
#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>

ImagePicker::ImagePicker(QWidget *parent)
    : QWidget(parent)
    , m_preview(new QLabel(this))
    , m_choose(new QPushButton(tr("Choose…"), this))
    , m_clear(new QPushButton(tr("Remove"), this))
{
    m_preview->setObjectName(QStringLiteral("imagePreview"));
    m_choose->setObjectName(QStringLiteral("chooseImageButton"));
    m_clear->setObjectName(QStringLiteral("removeImageButton"));
    m_preview->setFixedSize(120, 56);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAlignment(Qt::AlignCenter);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_preview);
    row->addWidget(m_choose);
    row->addWidget(m_clear);
    row->addStretch(1);
    connect(m_choose, &QPushButton::clicked, this, &ImagePicker::choose);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        setImage({});
        emit changed(m_image);
    });
    setImage({});
}

void ImagePicker::setImage(const QByteArray &image)
{
    m_image = image;
    showPreview(m_preview, image);
    m_clear->setEnabled(!image.isEmpty());
}

bool ImagePicker::setImageFile(const QString &path, QString *error)
{
    const auto bytes = readImageFile(path, error);
    if (!bytes)
        return false;
    setImage(*bytes);
    emit changed(m_image);
    return true;
}

std::optional<QByteArray> ImagePicker::readImageFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The file %1 could not be read.").arg(Persian::filePath(path));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    QImage image = QImage::fromData(bytes);
    if (image.isNull()) {
        *error = tr("The file %1 is not an image.").arg(Persian::filePath(path));
        return std::nullopt;
    }
    if (bytes.size() <= Company::MaxImageBytes)
        return bytes;
    // a scanned stamp at 300 dpi: 600 pixels are plenty for a 3 cm box on paper
    for (int side = 800; side >= 100; side -= 100) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation).save(&buffer, "PNG");
        if (png.size() <= Company::MaxImageBytes)
            return png;
    }
    *error = tr("The image %1 is too large even when scaled down.").arg(Persian::filePath(path));
    return std::nullopt;
}

void ImagePicker::showPreview(QLabel *label, const QByteArray &image)
{
    QPixmap pixmap;
    if (!image.isEmpty() && pixmap.loadFromData(image)) {
        label->setPixmap(pixmap.scaled(label->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        label->setPixmap({});
        label->setText(tr("No image"));
    }
}

void ImagePicker::choose()
{
    const QString path = Ask::openFile(this, tr("Choose an image"), QString(), tr("Images (*.png *.jpg *.jpeg *.bmp)"));
    QString error;
    if (!path.isEmpty() && !setImageFile(path, &error))
        emit failed(error);
}
