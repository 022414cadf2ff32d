#include "confirmgrantdialog.h"

#include "core/totp.h"
#include "storage/twofactor.h"
#include "ui_confirmgrantdialog.h"

#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>

ConfirmGrantDialog::ConfirmGrantDialog(const ApiKey &key, AccessRights granted, QWidget *parent)
    : ConfirmGrantDialog(key, granted, static_cast<TwoFactor *>(nullptr), parent)
{ }

ConfirmGrantDialog::ConfirmGrantDialog(const ApiKey &key, AccessRights granted,
                                       TwoFactor *twoFactor, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConfirmGrantDialog>())
    , m_twoFactor(twoFactor && twoFactor->isEnabled() ? twoFactor : nullptr)
{
    m_ui->setupUi(this);
    QStringList powers;
    for (Right r : AccessRights::allRights) {
        if (granted.has(r)) {
            powers
                << QStringLiteral("<li><b>%1</b></li>").arg(AccessRights::title(r).toHtmlEscaped());
        }
    }
    m_ui->messageLabel->setText(
        tr("<p>Grant these rights to <b>%1</b> (%2, public key <tt>%3</tt>)?</p><ul>%4</ul>")
            .arg(key.label.toHtmlEscaped(), key.environment.displayName().toHtmlEscaped(),
                 key.publicKey.toHtmlEscaped(), powers.join(QString())));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Grant"));
    m_ui->codeMessageLabel->hide();
    m_ui->codeWidget->setVisible(m_twoFactor != nullptr);
    if (!m_twoFactor) {
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    } else {
        // Typing the code is the deliberate step: Return after it grants.
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
        m_ui->codeLineEdit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_ui->codeLineEdit));
        m_ui->codeLineEdit->setInputMethodHints(Qt::ImhDigitsOnly);
        m_ui->codeLineEdit->setFocus();
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConfirmGrantDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ConfirmGrantDialog::~ConfirmGrantDialog() = default;

void ConfirmGrantDialog::accept()
{
    if (!m_twoFactor) {
        QDialog::accept();
        return;
    }
    if (m_busy) {
        return;
    }
    const QString code = m_ui->codeLineEdit->text();
    if (code.size() != Totp::defaultDigits) {
        refuse(tr("Enter the 6-digit code that your authenticator app shows for Keyrack."));
        return;
    }
    setBusy(true);
    // A cancelled dialog may be gone by the time the keychain answers.
    QPointer<ConfirmGrantDialog> self(this);
    m_twoFactor->verify(code, [self](const Error &error, bool ok) {
        if (!self) {
            return;
        }
        self->setBusy(false);
        if (!ok) {
            self->refuse(error.isError() ? error.message
                                         : tr("The code was not accepted. Nothing was granted."));
            return;
        }
        self->QDialog::accept();
    });
}

void ConfirmGrantDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->codeLineEdit->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy) {
        m_ui->codeMessageLabel->setText(tr("Checking the code with the OS keychain\u2026"));
        m_ui->codeMessageLabel->show();
    }
}

void ConfirmGrantDialog::refuse(const QString &message)
{
    m_ui->codeMessageLabel->setText(message);
    m_ui->codeMessageLabel->show();
    m_ui->codeLineEdit->clear();
    m_ui->codeLineEdit->setFocus();
}
