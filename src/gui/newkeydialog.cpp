#include "newkeydialog.h"

#include "core/apikey.h"
#include "ui_newkeydialog.h"

#include <QLayout>
#include <QPushButton>

namespace {
enum EnvironmentChoice {
    SandboxChoice,
    HitBtcChoice,
    HitBtcDemoChoice,
    CustomChoice,
};
} // namespace

NewKeyDialog::NewKeyDialog(Validator validator, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewKeyDialog>())
    , m_validator(std::move(validator))
{
    m_ui->setupUi(this);
    m_ui->environmentComboBox->addItem(tr("Sandbox (generate a new key here)"));
    m_ui->environmentComboBox->addItem(tr("HitBTC (import a key created on hitbtc.com)"));
    m_ui->environmentComboBox->addItem(tr("HitBTC demo (import)"));
    m_ui->environmentComboBox->addItem(tr("Other HitBTC-compatible API (import)"));
    m_ui->secretLineEdit->setAccessibleName(tr("Secret key"));
    m_ui->publicKeyLineEdit->setAccessibleName(tr("Public API key"));
    m_ui->labelLineEdit->setAccessibleName(tr("Label"));
    m_ui->noteLineEdit->setAccessibleName(tr("Note"));
    m_ui->customUrlLineEdit->setAccessibleName(tr("Base URL"));

    connect(m_ui->environmentComboBox, &QComboBox::currentIndexChanged, this,
            &NewKeyDialog::updateState);
    for (QLineEdit *edit : {m_ui->labelLineEdit, m_ui->publicKeyLineEdit, m_ui->secretLineEdit,
                            m_ui->noteLineEdit, m_ui->customUrlLineEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &NewKeyDialog::updateState);
    }
    connect(m_ui->showSecretCheckBox, &QCheckBox::toggled, this, [this](bool show) {
        m_ui->secretLineEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewKeyDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewKeyDialog::reject);
    updateState();
}

NewKeyDialog::~NewKeyDialog()
{
    m_ui->secretLineEdit->clear();
}

bool NewKeyDialog::isImport() const
{
    return m_ui->environmentComboBox->currentIndex() != SandboxChoice;
}

std::optional<Environment> NewKeyDialog::chosenEnvironment(QString *problem) const
{
    switch (m_ui->environmentComboBox->currentIndex()) {
    case HitBtcChoice:
        return Environment::hitbtc();
    case HitBtcDemoChoice:
        return Environment::hitbtcDemo();
    case CustomChoice:
        if (m_ui->customUrlLineEdit->text().trimmed().isEmpty()) {
            *problem = tr("Enter the https:// base URL of the API.");
            return std::nullopt;
        }
        return Environment::parse(m_ui->customUrlLineEdit->text(), problem);
    default:
        return Environment::sandbox();
    }
}

QString NewKeyDialog::problem() const
{
    QString reason;
    const std::optional<Environment> environment = chosenEnvironment(&reason);
    if (!environment) {
        return reason;
    }
    if (QString p = KeyValidation::checkLabel(m_ui->labelLineEdit->text().trimmed());
        !p.isEmpty()) {
        return p;
    }
    if (isImport()) {
        if (QString p = KeyValidation::checkPublicKey(m_ui->publicKeyLineEdit->text().trimmed());
            !p.isEmpty()) {
            return p;
        }
        QByteArray secret = m_ui->secretLineEdit->text().trimmed().toUtf8();
        const QString p = KeyValidation::checkSecret(secret);
        wipeBytes(secret);
        if (!p.isEmpty()) {
            return p;
        }
    }
    if (m_validator) {
        NewKeyRequest request;
        request.environment = *environment;
        request.label = m_ui->labelLineEdit->text().trimmed();
        request.publicKey = isImport() ? m_ui->publicKeyLineEdit->text().trimmed() : QString();
        return m_validator(request);
    }
    return {};
}

void NewKeyDialog::updateState()
{
    const bool import = isImport();
    const bool custom = m_ui->environmentComboBox->currentIndex() == CustomChoice;
    m_ui->customUrlLabel->setVisible(custom);
    m_ui->customUrlLineEdit->setVisible(custom);
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->publicKeyLabel),
          static_cast<QWidget *>(m_ui->publicKeyLineEdit),
          static_cast<QWidget *>(m_ui->secretLabel), static_cast<QWidget *>(m_ui->secretLineEdit),
          static_cast<QWidget *>(m_ui->showSecretCheckBox)}) {
        w->setVisible(import);
    }
    m_ui->introLabel->setText(
        import
            ? tr("Create the key on the exchange's API settings page first, then paste its public "
                 "key and secret here. The secret goes to your OS keychain and is never shown "
                 "again.")
            : tr("Keyrack creates an active key with no access rights in the embedded sandbox, "
                 "and shows its secret once."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setText(import ? tr("&Import") : tr("&Generate"));
    // Only complain about a field once the user has typed something.
    const bool started = !m_ui->labelLineEdit->text().isEmpty();
    const QString reason = problem();
    m_ui->problemLabel->setText(started ? reason : QString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty());
    // Rows shown for an import (public key, secret, custom URL) make the dialog grow rather than
    // squeeze what is there (German words did not fit).
    if (layout()) {
        layout()->activate();
    }
    resize(size().expandedTo(sizeHint()));
}

void NewKeyDialog::accept()
{
    const QString reason = problem();
    if (!reason.isEmpty()) {
        m_ui->problemLabel->setText(reason);
        return;
    }
    QString unused;
    m_request.environment = *chosenEnvironment(&unused);
    m_request.label = m_ui->labelLineEdit->text().trimmed();
    m_request.note = m_ui->noteLineEdit->text().trimmed();
    if (isImport()) {
        m_request.publicKey = m_ui->publicKeyLineEdit->text().trimmed();
        QString text = m_ui->secretLineEdit->text().trimmed();
        m_request.secret = Secret::adopt(text);
    }
    QDialog::accept();
}

void NewKeyDialog::done(int result)
{
    m_ui->secretLineEdit->clear();
    QDialog::done(result);
}

NewKeyRequest NewKeyDialog::takeRequest()
{
    return std::move(m_request);
}
