#include "keychainindex.h"

#include "storage/keychainvault.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QMap>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace {

using Attributes = QMap<QString, QString>;
using Paths = QList<QDBusObjectPath>;

const QString secretsService = QStringLiteral("org.freedesktop.secrets");
const QString secretsPath = QStringLiteral("/org/freedesktop/secrets");

Error noService(const QString &said)
{
    QString message = KeychainIndex::tr(
        "No keychain service is running: Keyrack needs a Secret Service provider (gnome-keyring "
        "or KWallet) on your session bus. Start it, or log in to a desktop session, and try "
        "again.");
    if (!said.isEmpty()) {
        message = KeychainIndex::tr("%1 (The keychain said: %2)").arg(message, said);
    }
    return Error::make(ErrorKind::Keychain, message);
}

Error timedOut(std::chrono::milliseconds timeout)
{
    return Error::make(ErrorKind::Keychain,
                       KeychainIndex::tr("The OS keychain did not answer within %1 s: it may be "
                                         "waiting for you to unlock it in a prompt, or its "
                                         "service is stuck. Try again.")
                           .arg(timeout.count() / 1000.0));
}

// Turns a D-Bus failure into a message a user can act on; the service's own words follow.
Error dbusError(const QDBusError &error, std::chrono::milliseconds timeout)
{
    switch (error.type()) {
    case QDBusError::NoReply:
    case QDBusError::Timeout:
    case QDBusError::TimedOut:
        return timedOut(timeout);
    case QDBusError::ServiceUnknown:
    case QDBusError::NoServer:
    case QDBusError::Disconnected:
        return noService(error.message());
    default:
        break;
    }
    if (error.name().startsWith(u"org.freedesktop.DBus.Error.Spawn")) {
        return noService(error.message());
    }
    return Error::make(ErrorKind::Keychain,
                       KeychainIndex::tr("The OS keychain could not list its entries. (The "
                                         "keychain said: %1)")
                           .arg(error.message()));
}

int remainingMs(const QDeadlineTimer &deadline)
{
    return static_cast<int>(std::max<qint64>(1, deadline.remainingTime()));
}

// The replies of one listing, gathered until the last one arrives or one fails.
struct Gathering
{
    KeychainIndex::ListDone done;
    std::chrono::milliseconds timeout;
    QList<KeychainIndex::Entry> entries;
    int waiting = 0;
    bool answered = false;

    void fail(const Error &error)
    {
        if (!answered) {
            answered = true;
            done(error, {});
        }
    }
    void finishIfComplete()
    {
        if (answered || waiting > 0) {
            return;
        }
        answered = true;
        std::sort(entries.begin(), entries.end(),
                  [](const KeychainIndex::Entry &a, const KeychainIndex::Entry &b) {
                      return a.name < b.name;
                  });
        // QtKeychain keeps one item per name; should there be several, list the name once.
        QList<KeychainIndex::Entry> unique;
        for (const KeychainIndex::Entry &entry : std::as_const(entries)) {
            if (!unique.isEmpty() && unique.last().name == entry.name) {
                unique.last().locked = unique.last().locked || entry.locked;
            } else {
                unique.append(entry);
            }
        }
        done(Error::ok(), unique);
    }
};

} // namespace

KeychainIndex::KeychainIndex(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_timeout(KeychainVault::configuredTimeout())
{
    qDBusRegisterMetaType<Attributes>();
}

KeychainIndex::~KeychainIndex() = default;

const QStringList &KeychainIndex::reservedEntries()
{
    static const QStringList entries {QStringLiteral("keyrack-totp"),
                                      QStringLiteral("keyrack-probe")};
    return entries;
}

void KeychainIndex::list(ListDone done)
{
    const std::chrono::milliseconds timeout = m_timeout;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        const Error error = noService(bus.lastError().message());
        QTimer::singleShot(0, this, [done, error]() { done(error, {}); });
        return;
    }
    const QDeadlineTimer deadline(timeout);
    QDBusMessage search = QDBusMessage::createMethodCall(
        secretsService, secretsPath, QStringLiteral("org.freedesktop.Secret.Service"),
        QStringLiteral("SearchItems"));
    // What QtKeychain's libsecret backend writes: server=<service>, user=<key>.
    search << QVariant::fromValue(Attributes {{QStringLiteral("server"), m_service}});
    auto *searching =
        new QDBusPendingCallWatcher(bus.asyncCall(search, remainingMs(deadline)), this);
    connect(
        searching, &QDBusPendingCallWatcher::finished, this,
        [this, bus, done, timeout, deadline](QDBusPendingCallWatcher *watcher) {
            watcher->deleteLater();
            const QDBusPendingReply<Paths, Paths> found = *watcher;
            auto gathering = std::make_shared<Gathering>();
            gathering->done = done;
            gathering->timeout = timeout;
            if (found.isError()) {
                gathering->fail(dbusError(found.error(), timeout));
                return;
            }
            const Paths unlocked = found.argumentAt<0>();
            const Paths locked = found.argumentAt<1>();
            // Only the attributes are read, never a secret: they hold the entry's name.
            for (const QDBusObjectPath &item : unlocked + locked) {
                const bool isLocked = locked.contains(item);
                QDBusMessage get = QDBusMessage::createMethodCall(
                    secretsService, item.path(), QStringLiteral("org.freedesktop.DBus.Properties"),
                    QStringLiteral("Get"));
                get << QStringLiteral("org.freedesktop.Secret.Item")
                    << QStringLiteral("Attributes");
                auto *reading =
                    new QDBusPendingCallWatcher(bus.asyncCall(get, remainingMs(deadline)), this);
                ++gathering->waiting;
                connect(reading, &QDBusPendingCallWatcher::finished, this,
                        [this, gathering, isLocked](QDBusPendingCallWatcher *readWatcher) {
                            readWatcher->deleteLater();
                            --gathering->waiting;
                            const QDBusPendingReply<QDBusVariant> reply = *readWatcher;
                            if (reply.isError()) {
                                const auto type = reply.error().type();
                                // An item deleted since the search is simply not listed.
                                if (type != QDBusError::UnknownObject
                                    && type != QDBusError::UnknownMethod) {
                                    gathering->fail(dbusError(reply.error(), gathering->timeout));
                                    return;
                                }
                            } else {
                                const auto attributes = qdbus_cast<Attributes>(
                                    reply.value().variant().value<QDBusArgument>());
                                const QString name = attributes.value(QStringLiteral("user"));
                                if (attributes.value(QStringLiteral("server")) == m_service
                                    && !name.isEmpty()) {
                                    gathering->entries.append(Entry {name, isLocked});
                                }
                            }
                            gathering->finishIfComplete();
                        });
            }
            gathering->finishIfComplete();
        });
}
