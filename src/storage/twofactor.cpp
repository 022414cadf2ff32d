#include "twofactor.h"

#include "core/totp.h"
#include "storage/appsettings.h"
#include "storage/secretvault.h"

#include <QDateTime>
#include <QPointer>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTimer>

#include <memory>

namespace {

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

bool looksLikeCode(const QString &code)
{
    static const QRegularExpression sixDigits(QStringLiteral("^\\s*(\\d\\s*){6}$"));
    return sixDigits.match(code).hasMatch();
}

} // namespace

TwoFactor::TwoFactor(AppSettings *settings, SecretVault *vault, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_vault(vault)
{ }

TwoFactor::~TwoFactor() = default;

bool TwoFactor::isEnabled() const
{
    return m_settings->twoFactorEnabled();
}

TwoFactor::Enrolment TwoFactor::beginEnrolment() const
{
    QByteArray bytes = Totp::generateKey();
    Enrolment enrolment {Secret::adopt(bytes), {}};
    enrolment.uri = Totp::provisioningUri(enrolment.key.reveal(),
                                          tr("API keys on %1").arg(QSysInfo::machineHostName()));
    return enrolment;
}

void TwoFactor::answerLater(Done done, const Error &error)
{
    // Every answer comes from the event loop, never from inside the call, as with the vault.
    QTimer::singleShot(0, this, [done = std::move(done), error]() { done(error); });
}

void TwoFactor::completeEnrolment(Secret key, const QString &code, Done done)
{
    if (isEnabled()) {
        answerLater(std::move(done),
                    Error::make(ErrorKind::Invalid,
                                tr("Two-factor codes are already on. Turn them off first (that "
                                   "needs a current code), then set them up again.")));
        return;
    }
    if (!looksLikeCode(code)) {
        answerLater(std::move(done),
                    Error::make(ErrorKind::Invalid,
                                tr("Enter the 6-digit code that your authenticator app shows "
                                   "for Keyrack.")));
        return;
    }
    const std::optional<qint64> step = Totp::verify(key.reveal(), code, now());
    if (!step) {
        answerLater(std::move(done),
                    Error::make(ErrorKind::Invalid,
                                tr("That code does not match. Scan the QR code again (or type "
                                   "the secret) in your authenticator app, check that this "
                                   "computer's clock is right, and enter the current code. "
                                   "Two-factor codes are still off.")));
        return;
    }
    // The key must live until the vault has answered; it is wiped when the last owner goes.
    auto held = std::make_shared<Secret>(std::move(key));
    QPointer<TwoFactor> self(this);
    const QString vaultName = m_vault->name();
    m_vault->writeSecret(
        vaultEntry, tr("Keyrack two-factor (TOTP) secret"), *held,
        [self, held, step, vaultName, done = std::move(done)](const Error &error) {
            held->wipe();
            if (!self) {
                done(Error::make(ErrorKind::Cancelled, tr("Two-factor set-up was cancelled.")));
                return;
            }
            if (error.isError()) {
                done(Error::make(ErrorKind::Keychain,
                                 tr("Could not store the two-factor secret in %1: %2 Two-factor "
                                    "codes are still off.")
                                     .arg(vaultName, error.message)));
                return;
            }
            // The code just used to enrol must not be accepted again.
            self->m_settings->setLastTotpStep(std::max(self->m_settings->lastTotpStep(), *step));
            self->m_settings->setTwoFactorEnabled(true);
            Q_EMIT self->enabledChanged(true);
            done(Error::ok());
        });
}

void TwoFactor::disable(const QString &code, Done done)
{
    QPointer<TwoFactor> self(this);
    verify(code, [self, done = std::move(done)](const Error &error, bool ok) {
        if (!ok || !self) {
            done(error);
            return;
        }
        const QString vaultName = self->m_vault->name();
        self->m_vault->removeSecret(vaultEntry, [self, vaultName, done](const Error &removeError) {
            if (removeError.isError()) {
                done(Error::make(ErrorKind::Keychain,
                                 tr("Could not remove the two-factor secret from %1: %2 "
                                    "Two-factor codes are still on.")
                                     .arg(vaultName, removeError.message)));
                return;
            }
            if (!self) {
                done(Error::make(ErrorKind::Cancelled,
                                 tr("Turning two-factor codes off was cancelled.")));
                return;
            }
            self->m_settings->setTwoFactorEnabled(false);
            Q_EMIT self->enabledChanged(false);
            done(Error::ok());
        });
    });
}

void TwoFactor::verify(const QString &code, VerifyDone done)
{
    const auto refuse = [this, done](const Error &error) {
        answerLater([done](const Error &e) { done(e, false); }, error);
    };
    if (!isEnabled()) {
        refuse(Error::make(ErrorKind::Invalid,
                           tr("Two-factor codes are off: turn them on in Settings first.")));
        return;
    }
    if (!looksLikeCode(code)) {
        refuse(Error::make(ErrorKind::Invalid,
                           tr("Enter the 6-digit code that your authenticator app shows for "
                              "Keyrack.")));
        return;
    }
    QPointer<TwoFactor> self(this);
    const QString vaultName = m_vault->name();
    m_vault->readSecret(
        vaultEntry,
        [self, code, vaultName, done = std::move(done)](const Error &error, Secret key) {
            if (!self) {
                key.wipe();
                done(Error::make(ErrorKind::Cancelled, tr("The code check was cancelled.")), false);
                return;
            }
            if (error.kind == ErrorKind::NotFound) {
                done(self->missingSecret(), false);
                return;
            }
            if (error.isError()) {
                done(Error::make(ErrorKind::Keychain,
                                 tr("Could not read the two-factor secret from %1, so the code "
                                    "could not be checked: %2 Nothing was changed.")
                                     .arg(vaultName, error.message)),
                     false);
                return;
            }
            const qint64 at = now();
            const std::optional<qint64> step =
                Totp::verify(key.reveal(), code, at, self->m_settings->lastTotpStep());
            if (!step) {
                const Error refused = self->refusal(key.reveal(), code, at);
                key.wipe();
                done(refused, false);
                return;
            }
            key.wipe();
            self->m_settings->setLastTotpStep(*step);
            done(Error::ok(), true);
        });
}

Error TwoFactor::refusal(const QByteArray &key, const QString &code, qint64 at) const
{
    if (Totp::verify(key, code, at)) {
        return Error::make(ErrorKind::Invalid,
                           tr("This code has already been used. Wait for the next code in your "
                              "authenticator app (a new one comes every 30 seconds) and enter "
                              "it."));
    }
    return Error::make(ErrorKind::Invalid,
                       tr("The code is not right. Enter the current code that your "
                          "authenticator app shows for Keyrack, and check that this computer's "
                          "clock is right."));
}

Error TwoFactor::missingSecret() const
{
    return Error::make(
        ErrorKind::NotFound,
        tr("Two-factor codes are on, but their secret is not in %1 (it may have been deleted), "
           "so no code can be checked. Nothing was changed. To turn two-factor codes off, set "
           "“enabled=false” in the [twoFactor] section of %2 and restart Keyrack.")
            .arg(m_vault->name(), m_settings->store().fileName()));
}
