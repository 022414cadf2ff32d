#include "secretclipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

namespace {
QByteArray fingerprintOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

void SecretClipboard::copy(const QString &text, int clearAfterSeconds)
{
    new SecretClipboard(text, clearAfterSeconds);
}

SecretClipboard::SecretClipboard(const QString &text, int clearAfterSeconds)
    : QObject(QGuiApplication::instance())
    , m_fingerprint(fingerprintOf(text))
{
    auto *mime = new QMimeData;
    mime->setText(text);
    // KDE's Klipper and others leave out entries with this hint.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime);
    QTimer::singleShot(std::chrono::seconds(std::max(1, clearAfterSeconds)), this,
                       &SecretClipboard::clearIfStillOurs);
}

void SecretClipboard::clearIfStillOurs()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (fingerprintOf(clipboard->text()) == m_fingerprint) {
        clipboard->clear();
    }
    deleteLater();
}
