#include "keychainvault.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QTimer>

#include <memory>

namespace {

// Turns what QtKeychain reported into a message a user can act on. The keychain's own words
// follow in parentheses; they never contain secret data.
Error keychainError(const QKeychain::Job *job)
{
    const QString said = job->errorString();
    const auto with = [&said](const QString &message) {
        return Error::make(ErrorKind::Keychain,
                           said.isEmpty() ? message
                                          : QCoreApplication::translate(
                                                "KeychainVault", "%1 (The keychain said: %2)")
                                                .arg(message, said));
    };
    switch (job->error()) {
    case QKeychain::NoError:
        return Error::ok();
    case QKeychain::EntryNotFound:
        return Error::make(
            ErrorKind::NotFound,
            QCoreApplication::translate("KeychainVault", "The secret is not in the OS keychain."));
    case QKeychain::AccessDenied:
        return with(QCoreApplication::translate(
            "KeychainVault",
            "The OS keychain is locked or refused access: unlock it (for example by "
            "logging in to your desktop's keyring) and try again."));
    case QKeychain::AccessDeniedByUser:
        return with(QCoreApplication::translate(
            "KeychainVault", "Access to the OS keychain was denied at its prompt."));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return with(QCoreApplication::translate(
            "KeychainVault",
            "No OS keychain is available: start a Secret Service provider such as "
            "gnome-keyring or KWallet and try again."));
    case QKeychain::CouldNotDeleteEntry:
        return with(QCoreApplication::translate("KeychainVault",
                                                "The OS keychain could not delete the entry."));
    case QKeychain::OtherError:
        break;
    }
    if (said.contains(u"D-Bus") || said.contains(u"DBus") || said.contains(u"Could not connect")
        || said.contains(u"org.freedesktop.secrets") || said.contains(u"autolaunch")) {
        return with(QCoreApplication::translate(
            "KeychainVault",
            "No keychain service is running: Keyrack needs a Secret Service provider "
            "(gnome-keyring or KWallet) on your session bus. Start it, or log in to "
            "a desktop session, and try again."));
    }
    if (said.contains(u"locked", Qt::CaseInsensitive)) {
        return with(QCoreApplication::translate(
            "KeychainVault", "The OS keychain is locked: unlock it and try again."));
    }
    if (said == u"Unknown error") {
        return with(QCoreApplication::translate(
            "KeychainVault",
            "The OS keychain could not be used: is libsecret (libsecret-1-0) "
            "installed?"));
    }
    return with(QCoreApplication::translate("KeychainVault", "The OS keychain reported an error."));
}

Error timeoutError(std::chrono::milliseconds timeout)
{
    return Error::make(ErrorKind::Keychain,
                       QCoreApplication::translate(
                           "KeychainVault",
                           "The OS keychain did not answer within %1 s: it may be waiting for "
                           "you to unlock it in a prompt, or its service is stuck. Try again.")
                           .arg(timeout.count() / 1000.0));
}

// Runs a job once and answers exactly once: with its result, or with a timeout. A job that
// finishes after its timeout calls `late` instead, so a caller that was told "failed" can be
// kept right.
template<typename Job, typename OnFinished, typename OnLate>
void runJob(Job *job, std::chrono::milliseconds timeout, OnFinished onFinished, OnLate late)
{
    auto answered = std::make_shared<bool>(false);
    QTimer::singleShot(timeout, job, [job, answered, onFinished, timeout]() mutable {
        if (*answered) {
            return;
        }
        *answered = true;
        onFinished(job, timeoutError(timeout));
    });
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [answered, onFinished, late](QKeychain::Job *finished) mutable {
                         auto *typed = static_cast<Job *>(finished);
                         if (*answered) {
                             late(typed);
                         } else {
                             *answered = true;
                             onFinished(typed, keychainError(typed));
                         }
                         typed->deleteLater();
                     });
    job->start();
}

} // namespace

KeychainVault::KeychainVault(const QString &service, QObject *parent)
    : SecretVault(parent)
    , m_service(service)
    , m_timeout(configuredTimeout())
{ }

KeychainVault::~KeychainVault() = default;

std::chrono::milliseconds KeychainVault::configuredTimeout()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("KEYRACK_KEYCHAIN_TIMEOUT_MS", &ok);
    return ok && ms > 0 ? std::chrono::milliseconds(ms) : defaultTimeout;
}

QString KeychainVault::name() const
{
    return tr("the OS keychain");
}

void KeychainVault::writeSecret(const QString &entry, const QString &label, const Secret &secret,
                                Done done)
{
    Q_UNUSED(label) // QtKeychain 0.13 names the item itself ("<service>/<entry>" style).
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(entry);
    job->setBinaryData(secret.reveal());
    const QString service = m_service;
    runJob(
        job, m_timeout,
        [done](QKeychain::WritePasswordJob *finished, const Error &error) {
            finished->setBinaryData({});
            done(error);
        },
        [this, entry](QKeychain::WritePasswordJob *finished) {
            finished->setBinaryData({});
            // The caller was told this write failed: do not leave a secret it does not know of.
            if (finished->error() == QKeychain::NoError) {
                removeSecret(entry, [](const Error &) {});
            }
        });
}

void KeychainVault::readSecret(const QString &entry, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(entry);
    runJob(
        job, m_timeout,
        [this, entry, done](QKeychain::ReadPasswordJob *finished, const Error &error) {
            if (error.kind == ErrorKind::NotFound) {
                checkAnswering(entry, done);
                return;
            }
            if (error.isError()) {
                done(error, Secret());
                return;
            }
            QByteArray bytes = finished->binaryData();
            done(error, Secret::adopt(bytes));
        },
        [](QKeychain::ReadPasswordJob *) {});
}

void KeychainVault::checkAnswering(const QString &entry, ReadDone done)
{
    // A locked or missing keyring reads as "entry not found"; only a keychain that accepts a
    // write is really answering.
    static const QString probeEntry = QStringLiteral("keyrack-probe");
    QByteArray probeBytes("probe");
    const Secret probe = Secret::adopt(probeBytes);
    writeSecret(probeEntry, QString(), probe, [this, entry, done](const Error &error) {
        if (error.isError()) {
            done(error, Secret());
            return;
        }
        removeSecret(probeEntry, [entry, done](const Error &) {
            done(Error::make(ErrorKind::NotFound,
                             tr("The secret is missing from the OS keychain (entry %1): it was "
                                "deleted outside Keyrack.")
                                 .arg(entry)),
                 Secret());
        });
    });
}

void KeychainVault::removeSecret(const QString &entry, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(entry);
    runJob(
        job, m_timeout,
        [done](QKeychain::DeletePasswordJob *, const Error &error) {
            // Deleting what is not there leaves the wanted state: that is success.
            done(error.kind == ErrorKind::NotFound ? Error::ok() : error);
        },
        [](QKeychain::DeletePasswordJob *) {});
}
