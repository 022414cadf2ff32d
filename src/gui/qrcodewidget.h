#pragma once

#include <QByteArray>
#include <QWidget>

// Paints a QR code (libqrencode, error correction M) in the palette's colours with a quiet
// zone. The text may hold a secret (an otpauth:// URI does): only the module matrix is kept,
// and it is wiped on clear() and on destruction.
class QrCodeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit QrCodeWidget(QWidget *parent = nullptr);
    ~QrCodeWidget() override;

    // Encodes `text`; false (and an empty widget) if it is too long for a QR code.
    bool setText(const QString &text);
    void clear();
    bool isEmpty() const { return m_width == 0; }
    // Modules per side, without the quiet zone.
    int moduleCount() const { return m_width; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static constexpr int s_quietZone = 4; // modules of blank border, as the standard asks

    QByteArray m_modules; // m_width * m_width bytes, 1 for a dark module
    int m_width = 0;
};
