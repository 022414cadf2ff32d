#include "totpenrolmentdialog.h"

#include "core/totp.h"
#include "gui/secretclipboard.h"
#include "storage/twofactor.h"
#include "ui_totpenrolmentdialog.h"

#include <QFontDatabase>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace {

// Groups of four, as authenticator apps show them; base32Decode ignores the spaces.
QString grouped(const QString &base32)
{
    QString out;
    out.reserve(base32.size() + base32.size() / 4);
    for (qsizetype i = 0; i < base32.size(); ++i) {
        if (i > 0 && i % 4 == 0) {
            out += u' ';
        }
        out += base32.at(i);
    }
    return out;
}

} // namespace

TotpEnrolmentDialog::TotpEnrolmentDialog(TwoFactor *twoFactor, int clipboardClearSeconds,
                                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TotpEnrolmentDialog>())
    , m_twoFactor(twoFactor)
    , m_clipboardClearSeconds(clipboardClearSeconds)
{
    m_ui->setupUi(this);
    TwoFactor::Enrolment enrolment = m_twoFactor->beginEnrolment();
    m_key = std::move(enrolment.key);
    m_uri = std::move(enrolment.uri);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->uriLineEdit->setFont(mono);
    m_ui->secretLineEdit->setFont(mono);
    m_ui->codeLineEdit->setFont(mono);
    m_ui->qrCodeWidget->setText(m_uri);
    m_ui->uriLineEdit->setText(m_uri);
    m_ui->uriLineEdit->setCursorPosition(0);
    QString base32 = Totp::base32Encode(m_key.reveal());
    m_ui->secretLineEdit->setText(grouped(base32));
    wipeString(base32);

    m_ui->codeLineEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_ui->codeLineEdit));
    m_ui->codeLineEdit->setInputMethodHints(Qt::ImhDigitsOnly);
    m_ui->clipboardLabel->setText(
        tr("A copied URI or secret is cleared from the clipboard after %n second(s).", nullptr,
           clipboardClearSeconds));
    m_ui->messageLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Turn on"));

    connect(m_ui->copyUriButton, &QPushButton::clicked, this,
            [this]() { SecretClipboard::copy(m_uri, m_clipboardClearSeconds); });
    connect(m_ui->copySecretButton, &QPushButton::clicked, this, [this]() {
        QString text = Totp::base32Encode(m_key.reveal());
        SecretClipboard::copy(text, m_clipboardClearSeconds);
        wipeString(text);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TotpEnrolmentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TotpEnrolmentDialog::reject);
    m_ui->codeLineEdit->setFocus();
}

TotpEnrolmentDialog::~TotpEnrolmentDialog()
{
    forgetSecret();
}

void TotpEnrolmentDialog::accept()
{
    if (m_busy || m_key.isEmpty()) {
        return;
    }
    const QString code = m_ui->codeLineEdit->text();
    if (code.size() != Totp::defaultDigits) {
        showProblem(tr("Enter the 6-digit code that your authenticator app shows for Keyrack."));
        return;
    }
    setBusy(true);
    // The dialog keeps its own copy so that a wrong code can be corrected and tried again.
    QByteArray copy = m_key.reveal();
    QPointer<TotpEnrolmentDialog> self(this);
    m_twoFactor->completeEnrolment(Secret::adopt(copy), code, [self](const Error &error) {
        if (!self) {
            return;
        }
        self->setBusy(false);
        if (error.isError()) {
            self->showProblem(error.message);
            return;
        }
        self->forgetSecret();
        self->QDialog::accept();
    });
}

void TotpEnrolmentDialog::done(int result)
{
    // The keychain is being written (and answers within its timeout): closing now would leave
    // the user not knowing whether two-factor codes are on.
    if (m_busy) {
        return;
    }
    forgetSecret();
    QDialog::done(result);
}

void TotpEnrolmentDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->codeLineEdit->setEnabled(!busy);
    m_ui->buttonBox->setEnabled(!busy);
    if (busy) {
        m_ui->messageLabel->setText(tr("Checking the code and storing the secret in the OS "
                                       "keychain\u2026"));
        m_ui->messageLabel->show();
    }
}

void TotpEnrolmentDialog::showProblem(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->show();
    m_ui->codeLineEdit->clear();
    m_ui->codeLineEdit->setFocus();
}

void TotpEnrolmentDialog::forgetSecret()
{
    m_ui->qrCodeWidget->clear();
    m_ui->uriLineEdit->clear();
    m_ui->secretLineEdit->clear();
    m_ui->copyUriButton->setEnabled(false);
    m_ui->copySecretButton->setEnabled(false);
    wipeString(m_uri);
    m_key.wipe();
}
