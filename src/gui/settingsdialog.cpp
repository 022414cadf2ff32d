#include "settingsdialog.h"

#include "core/totp.h"
#include "gui/totpenrolmentdialog.h"
#include "storage/appsettings.h"
#include "storage/twofactor.h"
#include "ui_settingsdialog.h"

#include <QLayout>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>

#include <algorithm>

SettingsDialog::SettingsDialog(AppSettings *settings, TwoFactor *twoFactor, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
    , m_twoFactor(twoFactor)
{
    m_ui->setupUi(this);
    // Wrapped labels let the layout shrink the dialog below what a long (translated) checkbox
    // needs: never narrower than every control's own minimum.
    layout()->setSizeConstraint(QLayout::SetMinimumSize);
    m_ui->clipboardClearSpinBox->setSuffix(tr(" s"));
    m_ui->auditReminderSpinBox->setSuffix(tr(" days"));
    m_ui->twoFactorCodeLineEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_ui->twoFactorCodeLineEdit));
    m_ui->twoFactorCodeLineEdit->setInputMethodHints(Qt::ImhDigitsOnly);

    // Each language is named in itself, as a user looking for theirs expects.
    m_ui->languageComboBox->addItem(tr("System default"), QString());
    m_ui->languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageComboBox->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->languageComboBox->addItem(QStringLiteral("\u0420\u0443\u0441\u0441\u043a\u0438\u0439"),
                                    QStringLiteral("ru"));
    m_ui->languageComboBox->setCurrentIndex(
        std::max(0, m_ui->languageComboBox->findData(m_settings->language())));
    m_ui->clipboardClearSpinBox->setValue(m_settings->clipboardClearSeconds());
    m_ui->auditReminderSpinBox->setValue(m_settings->auditReminderDays());
    m_ui->confirmSandboxCallsCheckBox->setChecked(m_settings->confirmSandboxStateChangingCalls());
    m_ui->keepCallHistoryCheckBox->setChecked(m_settings->keepCallHistory());
    m_ui->keepRequestBodiesCheckBox->setChecked(m_settings->keepRequestBodies());
    m_ui->keepRequestBodiesCheckBox->setEnabled(m_settings->keepCallHistory());
    m_ui->twoFactorCheckBox->setChecked(m_twoFactor->isEnabled());
    m_ui->messageLabel->hide();
    updateTwoFactorState();

    connect(m_ui->keepCallHistoryCheckBox, &QCheckBox::toggled, m_ui->keepRequestBodiesCheckBox,
            &QCheckBox::setEnabled);
    connect(m_ui->twoFactorCheckBox, &QCheckBox::toggled, this, &SettingsDialog::twoFactorToggled);
    connect(m_twoFactor, &TwoFactor::enabledChanged, this, &SettingsDialog::updateTwoFactorState);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::twoFactorToggled(bool checked)
{
    m_ui->messageLabel->hide();
    if (checked && !m_twoFactor->isEnabled()) {
        auto *enrolment =
            new TotpEnrolmentDialog(m_twoFactor, m_ui->clipboardClearSpinBox->value(), this);
        enrolment->setAttribute(Qt::WA_DeleteOnClose);
        connect(enrolment, &QDialog::finished, this, [this](int result) {
            if (result != QDialog::Accepted) {
                setTwoFactorChecked(false);
            }
            updateTwoFactorState();
        });
        enrolment->open();
        return;
    }
    updateTwoFactorState();
    if (!checked && m_twoFactor->isEnabled()) {
        m_ui->twoFactorCodeLineEdit->setFocus();
    }
}

void SettingsDialog::setTwoFactorChecked(bool checked)
{
    const QSignalBlocker blocker(m_ui->twoFactorCheckBox);
    m_ui->twoFactorCheckBox->setChecked(checked);
}

void SettingsDialog::updateTwoFactorState()
{
    const bool enabled = m_twoFactor->isEnabled();
    const bool turningOff = enabled && !m_ui->twoFactorCheckBox->isChecked();
    m_ui->twoFactorCodeWidget->setVisible(turningOff);
    if (!turningOff) {
        m_ui->twoFactorCodeLineEdit->clear();
    }
    if (turningOff) {
        m_ui->twoFactorStatusLabel->setText(
            tr("Enter a current code from your authenticator app: two-factor codes are turned "
               "off, and their secret removed from the OS keychain, when you press OK."));
    } else if (enabled) {
        m_ui->twoFactorStatusLabel->setText(
            tr("On. The secret is in the OS keychain; turning this off needs a current code."));
    } else {
        m_ui->twoFactorStatusLabel->setText(
            tr("Off. Turning this on shows a QR code for your authenticator app; it takes "
               "effect as soon as a first code from the app checks out."));
    }
}

void SettingsDialog::accept()
{
    if (m_busy) {
        return;
    }
    if (!m_twoFactor->isEnabled() || m_ui->twoFactorCheckBox->isChecked()) {
        save();
        QDialog::accept();
        return;
    }
    const QString code = m_ui->twoFactorCodeLineEdit->text();
    if (code.size() != Totp::defaultDigits) {
        showProblem(tr("Enter the 6-digit code that your authenticator app shows for Keyrack "
                       "to turn two-factor codes off, or tick the box again to keep them on."));
        return;
    }
    setBusy(true);
    QPointer<SettingsDialog> self(this);
    m_twoFactor->disable(code, [self](const Error &error) {
        if (!self) {
            return;
        }
        self->setBusy(false);
        if (error.isError()) {
            self->showProblem(error.message);
            return;
        }
        self->save();
        self->QDialog::accept();
    });
}

void SettingsDialog::done(int result)
{
    // Turning two-factor codes off is under way in the keychain (which answers within its
    // timeout): wait for the outcome rather than leave it unknown.
    if (m_busy) {
        return;
    }
    QDialog::done(result);
}

void SettingsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->twoFactorCodeLineEdit->setEnabled(!busy);
    m_ui->twoFactorCheckBox->setEnabled(!busy);
    m_ui->buttonBox->setEnabled(!busy);
    if (busy) {
        m_ui->messageLabel->setText(tr("Checking the code with the OS keychain\u2026"));
        m_ui->messageLabel->show();
    }
}

void SettingsDialog::showProblem(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->show();
    m_ui->twoFactorCodeLineEdit->clear();
    m_ui->twoFactorCodeLineEdit->setFocus();
}

void SettingsDialog::save()
{
    m_settings->setLanguage(m_ui->languageComboBox->currentData().toString());
    m_settings->setClipboardClearSeconds(m_ui->clipboardClearSpinBox->value());
    m_settings->setAuditReminderDays(m_ui->auditReminderSpinBox->value());
    m_settings->setConfirmSandboxStateChangingCalls(m_ui->confirmSandboxCallsCheckBox->isChecked());
    m_settings->setKeepCallHistory(m_ui->keepCallHistoryCheckBox->isChecked());
    m_settings->setKeepRequestBodies(m_ui->keepRequestBodiesCheckBox->isChecked());
}
