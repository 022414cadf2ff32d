#include "benchkeys.h"

#include "storage/metadatajson.h"
#include "storage/metadatastore.h"

#include <QRandomGenerator>
#include <QTimer>

namespace BenchKeys {

QList<ApiKey> make(int count, quint32 seed)
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    static const QString kinds[] = {QStringLiteral("spot"), QStringLiteral("margin"),
                                    QStringLiteral("audit"), QStringLiteral("payout")};
    QRandomGenerator random(seed);
    const QDateTime start = QDateTime(QDate(2022, 1, 1), QTime(0, 0), Qt::UTC);
    QList<ApiKey> keys;
    keys.reserve(count);
    for (int i = 0; i < count; ++i) {
        ApiKey key;
        quint32 idWords[4];
        random.fillRange(idWords);
        key.id = QUuid::fromRfc4122(
            QByteArrayView(reinterpret_cast<const char *>(idWords), sizeof(idWords)));
        key.label = QStringLiteral("Bot %1 %2")
                        .arg(i, 6, 10, QLatin1Char('0'))
                        .arg(kinds[random.bounded(4)]);
        QString publicKey(32, Qt::Uninitialized);
        for (QChar &c : publicKey) {
            c = QLatin1Char(alphabet[random.bounded(64)]);
        }
        key.publicKey = publicKey;
        switch (random.bounded(3)) {
        case 0:
            key.environment = Environment::sandbox();
            break;
        case 1:
            key.environment = Environment::hitbtc();
            break;
        default:
            key.environment = Environment::hitbtcDemo();
            break;
        }
        key.enabled = random.bounded(5) != 0;
        key.rights = AccessRights::fromBits(random.bounded(16));
        key.created = start.addSecs(random.bounded(86400 * 700));
        key.rightsChanged = key.created.addSecs(random.bounded(86400 * 30));
        if (random.bounded(2) == 0) {
            key.lastUsed = key.created.addSecs(random.bounded(86400 * 60));
        }
        if (random.bounded(3) == 0) {
            AuditResult audit;
            audit.time = key.created.addSecs(random.bounded(86400 * 90));
            for (const Right right : AccessRights::allRights) {
                audit.setObserved(right, key.rights.has(right) ? Observed::Yes : Observed::No);
            }
            audit.summary = QStringLiteral("as declared");
            key.lastAudit = audit;
        }
        if (i % 4 == 0) {
            key.note = QStringLiteral("Desk %1, rotate quarterly").arg(random.bounded(50));
        }
        keys.append(key);
    }
    return keys;
}

bool writeKeyFile(const QString &dataDir, int count)
{
    const QList<ApiKey> keys = make(count);
    MetadataStore store(dataDir);
    const Error error = store.update([&keys](MetadataDocument &document) {
        document.records.clear();
        document.records.reserve(keys.size());
        for (const ApiKey &key : keys) {
            document.records.append(KeyRecord {key, std::nullopt});
        }
        return Error::ok();
    });
    return !error.isError();
}

} // namespace BenchKeys

CountingVault::CountingVault(SecretVault *inner, QObject *parent)
    : SecretVault(parent)
    , m_inner(inner)
{ }

QString CountingVault::name() const
{
    return m_inner ? m_inner->name() : QStringLiteral("the benchmark's counting vault");
}

void CountingVault::writeSecret(const QString &entry, const QString &label, const Secret &secret,
                                Done done)
{
    ++m_calls;
    if (m_inner) {
        m_inner->writeSecret(entry, label, secret, std::move(done));
        return;
    }
    QTimer::singleShot(0, this, [done = std::move(done)] {
        done(Error::make(ErrorKind::Keychain, QStringLiteral("no keychain in benchmarks")));
    });
}

void CountingVault::readSecret(const QString &entry, ReadDone done)
{
    ++m_calls;
    if (m_inner) {
        m_inner->readSecret(entry, std::move(done));
        return;
    }
    QTimer::singleShot(0, this, [done = std::move(done)] {
        done(Error::make(ErrorKind::Keychain, QStringLiteral("no keychain in benchmarks")), {});
    });
}

void CountingVault::removeSecret(const QString &entry, Done done)
{
    ++m_calls;
    if (m_inner) {
        m_inner->removeSecret(entry, std::move(done));
        return;
    }
    QTimer::singleShot(0, this, [done = std::move(done)] {
        done(Error::make(ErrorKind::Keychain, QStringLiteral("no keychain in benchmarks")));
    });
}
