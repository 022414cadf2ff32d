#include "qrcodewidget.h"

#include "core/secret.h"

#include <QPainter>

#include <qrencode.h>

#include <cstring>

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("QR code"));
    setAccessibleDescription(tr("A QR code to scan with an authenticator app. It holds the "
                                "same secret as the text shown with it."));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

QrCodeWidget::~QrCodeWidget()
{
    wipeBytes(m_modules);
}

bool QrCodeWidget::setText(const QString &text)
{
    clear();
    QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    wipeBytes(utf8);
    if (!code) {
        return false;
    }
    const int width = code->width;
    const qsizetype count = qsizetype(width) * width;
    m_modules = QByteArray(count, Qt::Uninitialized);
    for (qsizetype i = 0; i < count; ++i) {
        // Bit 0 of each byte is the module's colour; the other bits describe its role.
        m_modules[i] = char(code->data[i] & 1);
    }
    std::memset(code->data, 0, size_t(count));
    QRcode_free(code);
    m_width = width;
    updateGeometry();
    update();
    return true;
}

void QrCodeWidget::clear()
{
    wipeBytes(m_modules);
    m_modules.clear();
    m_width = 0;
    update();
}

QSize QrCodeWidget::sizeHint() const
{
    const int side = (std::max(m_width, 21) + 2 * s_quietZone) * 4;
    return {side, side};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    const int side = (std::max(m_width, 21) + 2 * s_quietZone) * 2;
    return {side, side};
}

void QrCodeWidget::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    if (m_width == 0) {
        return;
    }
    // Scanners want dark modules on a light ground: take the palette's pair that way round
    // even under a dark theme.
    QColor light = palette().color(QPalette::Base);
    QColor dark = palette().color(QPalette::Text);
    if (light.lightness() < dark.lightness()) {
        std::swap(light, dark);
    }
    const int total = m_width + 2 * s_quietZone;
    const int module = std::max(1, std::min(width(), height()) / total);
    const int side = module * total;
    const QPoint origin((width() - side) / 2, (height() - side) / 2);

    QPainter painter(this);
    painter.fillRect(QRect(origin, QSize(side, side)), light);
    for (int y = 0; y < m_width; ++y) {
        for (int x = 0; x < m_width; ++x) {
            if (m_modules.at(qsizetype(y) * m_width + x)) {
                painter.fillRect(origin.x() + (x + s_quietZone) * module,
                                 origin.y() + (y + s_quietZone) * module, module, module, dark);
            }
        }
    }
}
