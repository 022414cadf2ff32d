// Secret hygiene that can be checked in-process: the Secret type cannot be copied, printed or
// turned into a string by accident, it takes the caller's buffer away, and hardenProcess leaves
// the process without core dumps.
#include "core/hardening.h"
#include "core/secret.h"

#include <QByteArray>
#include <QDebug>
#include <QString>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

#include <type_traits>

// What a log line or a format string would need; none of it compiles for a Secret.
static_assert(!std::is_copy_constructible_v<Secret>);
static_assert(!std::is_copy_assignable_v<Secret>);
static_assert(!std::is_convertible_v<Secret, QString>);
static_assert(!std::is_convertible_v<Secret, QByteArray>);
static_assert(!std::is_convertible_v<Secret, const char *>);
static_assert(!std::is_constructible_v<QString, Secret>);
template<typename T>
concept Loggable = requires(QDebug debug, const T &value)
{
    debug << value;
};
template<typename T>
concept Formattable = requires(QString text, const T &value)
{
    text.arg(value);
};
static_assert(Loggable<QByteArray> && Formattable<QString>); // the checks can tell
static_assert(!Loggable<Secret>);
static_assert(!Formattable<Secret>);

class TestSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void adoptTakesTheCallersBytes()
    {
        QByteArray typed("s3cr3t-bytes");
        Secret secret = Secret::adopt(typed);
        QVERIFY(typed.isEmpty());
        QCOMPARE(secret.reveal(), QByteArray("s3cr3t-bytes"));

        QString pasted = QStringLiteral("pasted-s3cr3t");
        Secret fromText = Secret::adopt(pasted);
        QVERIFY(pasted.isEmpty());
        QCOMPARE(fromText.reveal(), QByteArray("pasted-s3cr3t"));
    }

    void movingLeavesNothingBehind()
    {
        QByteArray bytes("moved-s3cr3t");
        Secret first = Secret::adopt(bytes);
        Secret second = std::move(first);
        QVERIFY(first.isEmpty()); // NOLINT(bugprone-use-after-move): that is the point
        QCOMPARE(second.reveal(), QByteArray("moved-s3cr3t"));
        second.wipe();
        QVERIFY(second.isEmpty());
    }

    void wipingASharedBufferLeavesTheOtherCopyIntact()
    {
        // wipeBytes must not detach and wipe a copy while the shared original lives on: it
        // clears its own handle and leaves the other owner's bytes (to be wiped by their owner).
        QByteArray original("shared-s3cr3t");
        QByteArray handle = original;
        wipeBytes(handle);
        QVERIFY(handle.isEmpty());
        QCOMPARE(original, QByteArray("shared-s3cr3t"));
        wipeBytes(original);
        QVERIFY(original.isEmpty());
    }

    void hardenedProcessDumpsNoCore()
    {
        hardenProcess();
        QCOMPARE(::prctl(PR_GET_DUMPABLE), 0);
        struct rlimit core
        {
        };
        QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
    }
};

QTEST_GUILESS_MAIN(TestSecret)
#include "tst_secret.moc"
