#include "secretrevealdialog.h"

#include "gui/secretclipboard.h"
#include "ui_secretrevealdialog.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPushButton>

SecretRevealDialog::SecretRevealDialog(const QString &publicKey, Secret secret,
                                       int clipboardClearSeconds, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SecretRevealDialog>())
    , m_secret(std::move(secret))
    , m_clipboardClearSeconds(clipboardClearSeconds)
{
    m_ui->setupUi(this);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->publicKeyLineEdit->setFont(mono);
    m_ui->secretLineEdit->setFont(mono);
    m_ui->publicKeyLineEdit->setText(publicKey);
    m_ui->secretLineEdit->setText(QString::fromUtf8(m_secret.reveal()));
    m_ui->clipboardLabel->setText(
        tr("A copied secret is cleared from the clipboard after %n second(s).", nullptr,
           clipboardClearSeconds));
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setEnabled(false);
    connect(m_ui->savedCheckBox, &QCheckBox::toggled, close, &QPushButton::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SecretRevealDialog::reject);
    connect(close, &QPushButton::clicked, this, &SecretRevealDialog::accept);
    connect(m_ui->copyPublicKeyButton, &QPushButton::clicked, this,
            [this]() { QGuiApplication::clipboard()->setText(m_ui->publicKeyLineEdit->text()); });
    connect(m_ui->copySecretButton, &QPushButton::clicked, this, [this]() {
        SecretClipboard::copy(QString::fromUtf8(m_secret.reveal()), m_clipboardClearSeconds);
    });
    m_ui->savedCheckBox->setFocus();
}

SecretRevealDialog::~SecretRevealDialog()
{
    forgetSecret();
}

void SecretRevealDialog::done(int result)
{
    if (!m_ui->savedCheckBox->isChecked()) {
        // Escape, the Close button and the window manager all land here: not yet.
        m_ui->savedCheckBox->setFocus();
        return;
    }
    forgetSecret();
    QDialog::done(result);
}

void SecretRevealDialog::closeEvent(QCloseEvent *event)
{
    if (!m_ui->savedCheckBox->isChecked()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void SecretRevealDialog::forgetSecret()
{
    m_ui->secretLineEdit->clear();
    m_ui->secretLineEdit->setEnabled(false);
    m_ui->copySecretButton->setEnabled(false);
    m_secret.wipe();
}
