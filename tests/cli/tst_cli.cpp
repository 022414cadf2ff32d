// keyrack-cli end to end: the commands, their exit codes, their JSON, and the promises a user
// relies on (no secret leaks, nothing half-done after a failure, a kill or a race).
#include "core/totp.h"
#include "storage/appsettings.h"
#include "storage/keychainvault.h"
#include "storage/twofactor.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

const QString cli = QStringLiteral(KEYRACK_CLI);
const QString testsDir = QStringLiteral(KEYRACK_TESTS_DIR);

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    QString m_dataDir;
    QList<Run> m_transcript; // every run of this test, for the leak checks

    // Runs a program with `input` on standard input (which is then not a terminal).
    Run runProgram(const QString &program, const QStringList &args, const QByteArray &input = {},
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(program, args);
        if (!process.waitForStarted(10000)) {
            return {};
        }
        process.write(input);
        process.closeWriteChannel();
        Run run;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            run.err = "timed out";
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        m_transcript.append(run);
        return run;
    }

    Run cliRun(const QStringList &args, const QByteArray &input = {},
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        return runProgram(cli, QStringList {QStringLiteral("--data-dir"), m_dataDir} + args, input,
                          env);
    }

    QJsonArray list()
    {
        const Run run = cliRun({QStringLiteral("list"), QStringLiteral("--json")});
        [&]() {
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        }();
        return QJsonDocument::fromJson(run.out).array();
    }

    QJsonObject keyByLabel(const QString &label)
    {
        for (const QJsonValue &v : list()) {
            if (v.toObject().value(u"label").toString() == label) {
                return v.toObject();
            }
        }
        return {};
    }

    QString import(const QString &label, const QString &publicKey, const QByteArray &secret)
    {
        const Run run =
            cliRun({QStringLiteral("import"), QStringLiteral("--label"), label,
                    QStringLiteral("--env"), QStringLiteral("hitbtc"),
                    QStringLiteral("--public-key"), publicKey, QStringLiteral("--json")},
                   secret);
        [&]() {
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        }();
        return QJsonDocument::fromJson(run.out).object().value(u"id").toString();
    }

    // Entries of service Keyrack in the keychain, as secret-tool sees them.
    QStringList keychainEntries()
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                    QStringLiteral("Keyrack")});
        tool.waitForFinished(10000);
        QStringList entries;
        const QString text =
            QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
        for (const QString &line : text.split(u'\n')) {
            if (line.startsWith(u"attribute.user = ")) {
                entries << line.mid(17).trimmed();
            }
        }
        return entries;
    }

    // Stores an entry the way QtKeychain 0.13's libsecret backend does (same label, schema and
    // attributes), as an older Keyrack or a crash would have left it.
    void storeKeychainEntry(const QString &user, const QByteArray &secret)
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("store"), QStringLiteral("--label=Keyrack"),
                    QStringLiteral("xdg:schema"), QStringLiteral("org.qt.keychain"),
                    QStringLiteral("server"), QStringLiteral("Keyrack"), QStringLiteral("user"),
                    user, QStringLiteral("type"), QStringLiteral("base64")});
        QVERIFY(tool.waitForStarted(10000));
        tool.write(secret.toBase64());
        tool.closeWriteChannel();
        QVERIFY(tool.waitForFinished(10000));
        QCOMPARE(tool.exitCode(), 0);
    }

    void clearKeychainEntry(const QString &user)
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("clear"), QStringLiteral("server"), QStringLiteral("Keyrack"),
                    QStringLiteral("user"), user});
        tool.waitForFinished(10000);
    }

    QStringList orphanIds()
    {
        const Run run = cliRun({QStringLiteral("orphans"), QStringLiteral("--json")});
        [&]() {
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        }();
        QStringList ids;
        for (const QJsonValue &v : QJsonDocument::fromJson(run.out).array()) {
            ids << v.toObject().value(u"id").toString();
        }
        return ids;
    }

    QByteArray fileBytes() const
    {
        QFile file(m_dataDir + QStringLiteral("/keys.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void writeFile(const QByteArray &bytes)
    {
        QDir().mkpath(m_dataDir);
        QFile file(m_dataDir + QStringLiteral("/keys.json"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

    // Runs keyrack-cli on a pseudo-terminal (util-linux `script`), answering each prompt when it
    // appears, as a person types. Returns what the terminal showed.
    QByteArray onTerminal(const QStringList &args,
                          const QList<std::pair<QByteArray, QByteArray>> &answers, int *exitCode)
    {
        QStringList quoted;
        for (const QString &arg :
             QStringList {cli, QStringLiteral("--data-dir"), m_dataDir} + args) {
            quoted << u'\'' + arg + u'\'';
        }
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("script"),
                      {QStringLiteral("-qec"), quoted.join(u' '), QStringLiteral("/dev/null")});
        QByteArray screen;
        for (const auto &[prompt, answer] : answers) {
            while (!screen.contains(prompt)) {
                if (!process.waitForReadyRead(10000)) {
                    qWarning("no prompt \"%s\" in: %s", prompt.constData(), screen.constData());
                    process.kill();
                    process.waitForFinished();
                    *exitCode = -1;
                    return screen;
                }
                screen += process.readAll();
            }
            process.write(answer);
            process.waitForBytesWritten();
        }
        process.waitForFinished(30000);
        screen += process.readAll();
        *exitCode = process.exitCode();
        m_transcript.append(Run {process.exitCode(), screen, {}});
        return screen;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cli), qPrintable(cli));
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run under scripts/test: it provides the private keychain session");
    }

    void init()
    {
        m_dir = new QTemporaryDir;
        m_dataDir = m_dir->path() + QStringLiteral("/data");
    }

    void cleanup()
    {
        // Leave the keychain as it was found for the next test.
        for (const QJsonValue &v : list()) {
            cliRun({QStringLiteral("delete"), v.toObject().value(u"id").toString(),
                    QStringLiteral("--yes")});
        }
        delete m_dir;
    }

    void helpAndUsage()
    {
        const Run help = cliRun({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command :
             {"list", "import", "generate", "enable", "disable", "rights", "delete", "orphans"}) {
            QVERIFY2(help.out.contains(command), command);
        }
        QCOMPARE(cliRun({QStringLiteral("frobnicate")}).exitCode, 1);
        QCOMPARE(cliRun({QStringLiteral("import"), QStringLiteral("--label"), QStringLiteral("x")})
                     .exitCode,
                 1);
        const Run rightsHelp = cliRun({QStringLiteral("rights"), QStringLiteral("--help")});
        QCOMPARE(rightsHelp.exitCode, 0);
        QVERIFY(rightsHelp.out.contains("--grant"));
    }

    void emptyListSaysWhatToDo()
    {
        const Run run = cliRun({QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("generate --label"));
        QCOMPARE(list().size(), 0);
    }

    void generateListRightsSwitchDelete()
    {
        const Run generated = cliRun({QStringLiteral("generate"), QStringLiteral("--label"),
                                      QStringLiteral("bot"), QStringLiteral("--json")});
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.describe()));
        const QJsonObject g = QJsonDocument::fromJson(generated.out).object();
        const QString id = g.value(u"id").toString();
        const QString publicKey = g.value(u"publicKey").toString();
        const QString secret = g.value(u"secret").toString();
        static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9_-]{32}$"));
        QVERIFY(token.match(publicKey).hasMatch());
        QVERIFY(token.match(secret).hasMatch());
        QVERIFY(publicKey != secret);
        QVERIFY(keychainEntries().contains(id));

        QJsonObject key = keyByLabel(QStringLiteral("bot"));
        QCOMPARE(key.value(u"id").toString(), id);
        QCOMPARE(key.value(u"publicKey").toString(), publicKey);
        QCOMPARE(key.value(u"environment").toString(), QStringLiteral("sandbox"));
        QCOMPARE(key.value(u"enabled").toBool(), true);
        QCOMPARE(key.value(u"rights").toArray().size(), 0);
        QVERIFY(key.contains(u"created") && key.contains(u"lastUsed")
                && key.contains(u"lastAudit"));
        QVERIFY(!key.contains(u"secret"));

        // Read needs no confirmation; trade does, and without a terminal that means --yes.
        QCOMPARE(cliRun({QStringLiteral("rights"), QStringLiteral("bot"), QStringLiteral("--grant"),
                         QStringLiteral("read")})
                     .exitCode,
                 0);
        const Run refused = cliRun({QStringLiteral("rights"), QStringLiteral("bot"),
                                    QStringLiteral("--grant"), QStringLiteral("trade")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("--yes"));
        QCOMPARE(keyByLabel(QStringLiteral("bot")).value(u"rights").toArray(),
                 QJsonArray({QStringLiteral("read")}));
        QCOMPARE(cliRun({QStringLiteral("rights"), publicKey, QStringLiteral("--grant"),
                         QStringLiteral("all"), QStringLiteral("--yes")})
                     .exitCode,
                 0);
        QCOMPARE(keyByLabel(QStringLiteral("bot")).value(u"rights").toArray().size(), 4);
        QCOMPARE(cliRun({QStringLiteral("rights"), id, QStringLiteral("--revoke"),
                         QStringLiteral("withdraw,payment")})
                     .exitCode,
                 0);
        QCOMPARE(keyByLabel(QStringLiteral("bot")).value(u"rights").toArray(),
                 QJsonArray({QStringLiteral("read"), QStringLiteral("trade")}));
        QCOMPARE(
            cliRun({QStringLiteral("rights"), id, QStringLiteral("--grant"), QStringLiteral("fly")})
                .exitCode,
            1);

        QCOMPARE(cliRun({QStringLiteral("disable"), QStringLiteral("bot")}).exitCode, 0);
        QCOMPARE(keyByLabel(QStringLiteral("bot")).value(u"enabled").toBool(), false);
        QCOMPARE(cliRun({QStringLiteral("enable"), QStringLiteral("bot")}).exitCode, 0);
        QCOMPARE(keyByLabel(QStringLiteral("bot")).value(u"enabled").toBool(), true);

        const Run notConfirmed = cliRun({QStringLiteral("delete"), QStringLiteral("bot")});
        QCOMPARE(notConfirmed.exitCode, 1);
        QCOMPARE(list().size(), 1);
        QCOMPARE(cliRun({QStringLiteral("delete"), QStringLiteral("bot"), QStringLiteral("--yes")})
                     .exitCode,
                 0);
        QCOMPARE(list().size(), 0);
        QVERIFY(!keychainEntries().contains(id));
    }

    void importReadsSecretFromStdinOnly()
    {
        const QString id =
            import(QStringLiteral("exchange"), QStringLiteral("PUBLIC-1"), "  secret-1\n");
        QVERIFY(!id.isEmpty());
        QVERIFY(keychainEntries().contains(id));
        const QJsonObject key = keyByLabel(QStringLiteral("exchange"));
        QCOMPARE(key.value(u"environment").toString(), QStringLiteral("hitbtc"));

        // There is no way to pass a secret as an argument.
        const Run viaArgument = cliRun(
            {QStringLiteral("import"), QStringLiteral("--label"), QStringLiteral("x"),
             QStringLiteral("--env"), QStringLiteral("hitbtc"), QStringLiteral("--public-key"),
             QStringLiteral("P2"), QStringLiteral("--secret"), QStringLiteral("s")});
        QCOMPARE(viaArgument.exitCode, 1);

        const QStringList base {QStringLiteral("import"), QStringLiteral("--label"),
                                QStringLiteral("y"),      QStringLiteral("--env"),
                                QStringLiteral("hitbtc"), QStringLiteral("--public-key")};
        QCOMPARE(cliRun(base + QStringList {QStringLiteral("PUBLIC-1")}, "other").exitCode,
                 1); // duplicate
        QCOMPARE(cliRun(base + QStringList {QStringLiteral("P3")}, "").exitCode, 1); // empty secret
        QCOMPARE(cliRun(base + QStringList {QStringLiteral("P4")}, QByteArray(300, 'x')).exitCode,
                 1);
        const Run plainHttp =
            cliRun({QStringLiteral("import"), QStringLiteral("--label"), QStringLiteral("z"),
                    QStringLiteral("--env"), QStringLiteral("http://example.com"),
                    QStringLiteral("--public-key"), QStringLiteral("P5")},
                   "secret");
        QCOMPARE(plainHttp.exitCode, 1);
        QVERIFY(plainHttp.err.contains("https://"));
        QCOMPARE(list().size(), 1);
        QCOMPARE(keychainEntries().size(), 1);
    }

    void keysAreFoundByLabelIdOrPublicKey()
    {
        const QString a = import(QStringLiteral("twin"), QStringLiteral("PUB-A"), "sa");
        const QString b = import(QStringLiteral("twin"), QStringLiteral("PUB-B"), "sb");
        const Run ambiguous = cliRun({QStringLiteral("disable"), QStringLiteral("twin")});
        QCOMPARE(ambiguous.exitCode, 2);
        QVERIFY(ambiguous.err.contains(a.toUtf8()) && ambiguous.err.contains(b.toUtf8()));
        QCOMPARE(cliRun({QStringLiteral("disable"), QStringLiteral("nothing-like-it")}).exitCode,
                 2);
        QCOMPARE(cliRun({QStringLiteral("disable"), QStringLiteral("PUB-B")}).exitCode, 0);
        QCOMPARE(cliRun({QStringLiteral("enable"), b}).exitCode, 0);
    }

    void damagedOrNewerFileIsLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("corrupt") << QByteArray("{\"format\":\"keyrack-metadata\",\"vers");
        QTest::newRow("future") << QByteArray(
            "{\"format\":\"keyrack-metadata\",\"version\":7,\"keys\":[]}");
    }

    void damagedOrNewerFileIsLeftAlone()
    {
        QFETCH(QByteArray, content);
        writeFile(content);
        const Run listed = cliRun({QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 4);
        QVERIFY(listed.err.contains("untouched"));
        QCOMPARE(
            cliRun({QStringLiteral("generate"), QStringLiteral("--label"), QStringLiteral("x")})
                .exitCode,
            4);
        QCOMPARE(fileBytes(), content);
        QVERIFY(keychainEntries().isEmpty());
        QFile::remove(m_dataDir + QStringLiteral("/keys.json"));
    }

    void readOnlyDataDirectoryChangesNothing()
    {
        import(QStringLiteral("ro"), QStringLiteral("PUB-RO"), "secret");
        const QByteArray before = fileBytes();
        QVERIFY(QFile::setPermissions(m_dataDir, QFile::ReadOwner | QFile::ExeOwner));
        // root ignores permissions: drop that power for the run, as a user has it.
        QString program = cli;
        QStringList args {QStringLiteral("--data-dir"), m_dataDir};
        if (::geteuid() == 0) {
            program = QStringLiteral("setpriv");
            args = QStringList {QStringLiteral(
                                    "--bounding-set=-dac_override,-dac_read_search,-fowner"),
                                QStringLiteral("--inh-caps=-all"), cli}
                + args;
        }
        const Run disabled = runProgram(
            program, args + QStringList {QStringLiteral("disable"), QStringLiteral("ro")});
        const Run generated =
            runProgram(program,
                       args
                           + QStringList {QStringLiteral("generate"), QStringLiteral("--label"),
                                          QStringLiteral("g")});
        QFile::setPermissions(m_dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY2(disabled.exitCode == 4, qPrintable(disabled.describe()));
        QVERIFY2(disabled.err.contains("Nothing was changed"), qPrintable(disabled.describe()));
        QCOMPARE(generated.exitCode, 4);
        QCOMPARE(fileBytes(), before);
        QCOMPARE(keychainEntries().size(), 1); // the generated key's secret was not left behind
    }

    void noKeychainServiceIsAClearError()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/bus"));
        const Run run =
            cliRun({QStringLiteral("import"), QStringLiteral("--label"), QStringLiteral("k"),
                    QStringLiteral("--env"), QStringLiteral("hitbtc"),
                    QStringLiteral("--public-key"), QStringLiteral("PUB-K")},
                   "secret", env);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("No keychain service is running"), qPrintable(run.describe()));
        QVERIFY(run.err.contains("Nothing was changed"));
        QCOMPARE(list().size(), 0);
        // Metadata-only commands work without a keychain.
        QCOMPARE(cliRun({QStringLiteral("list")}, {}, env).exitCode, 0);
    }

    void lockedKeychainIsAClearError()
    {
        // A session of its own, whose keyring is locked.
        QTemporaryDir home;
        QDir(home.path()).mkdir(QStringLiteral("run"));
        QFile::setPermissions(home.path() + QStringLiteral("/run"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path() + QStringLiteral("/run"));
        const Run run =
            runProgram(QStringLiteral("dbus-run-session"),
                       {QStringLiteral("--"), testsDir + QStringLiteral("/keyring-session.sh"),
                        QStringLiteral("--locked"), QStringLiteral("--"), cli,
                        QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("generate"),
                        QStringLiteral("--label"), QStringLiteral("locked")},
                       {}, env);
        QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
        QVERIFY(run.err.contains("locked"));
        QVERIFY(run.err.contains("Nothing was changed"));
        QVERIFY(!run.out.contains("secret key"));
        QCOMPARE(list().size(), 0);
    }

    void secretDeletedOutsideKeyrackIsReportedAsMissing()
    {
        const QString id = import(QStringLiteral("gone"), QStringLiteral("PUB-GONE"), "secret");
        QVERIFY(keychainEntries().contains(id));
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("clear"), QStringLiteral("server"), QStringLiteral("Keyrack"),
                    QStringLiteral("user"), id});
        QVERIFY(tool.waitForFinished(10000));
        QVERIFY(!keychainEntries().contains(id));

        const Run run = cliRun({QStringLiteral("sign"), QStringLiteral("gone"),
                                QStringLiteral("GET"), QStringLiteral("/spot/balance")});
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.err.contains("missing from the OS keychain")
                     && run.err.contains("Delete this key and import it again"),
                 qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
        // The key itself is still listed, so that it can be deleted.
        QCOMPARE(list().size(), 1);
    }

    void diskFullChangesNothing_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<qint64>("room");
        QTest::addColumn<QString>("message");
        // A file size limit (ulimit -f) makes each write past it fail, as a full disk does.
        QTest::newRow("no room for the lock file, ulimit")
            << QStringLiteral("ulimit") << qint64(0) << QStringLiteral("the disk may be full");
        QTest::newRow("save cut short, ulimit")
            << QStringLiteral("ulimit") << qint64(2048)
            << QStringLiteral("larger than this process may write");
        // A real full file system: a small tmpfs on the data directory, in a mount namespace of
        // its own (root only). One free page takes the lock file but not the new keys.json.
        QTest::newRow("full tmpfs")
            << QStringLiteral("tmpfs") << qint64(0) << QStringLiteral("the disk may be full");
        QTest::newRow("one page free on tmpfs")
            << QStringLiteral("tmpfs") << qint64(4096) << QStringLiteral("the disk is full");
    }

    void diskFullChangesNothing()
    {
        QFETCH(QString, how);
        QFETCH(qint64, room);
        QFETCH(QString, message);
        if (how == u"tmpfs" && ::geteuid() != 0) {
            QSKIP("mounting a tmpfs needs root");
        }
        // A file larger than a page, so that the new one cannot fit in what is left.
        QJsonArray keys;
        for (int i = 0; i < 30; ++i) {
            keys.append(QJsonObject {
                {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("label"), QStringLiteral("key-%1").arg(i)},
                {QStringLiteral("publicKey"), QStringLiteral("PUBLIC-%1").arg(i)},
                {QStringLiteral("environment"), QStringLiteral("hitbtc")},
                {QStringLiteral("enabled"), true},
                {QStringLiteral("rights"), QJsonArray()},
                {QStringLiteral("note"), QString(100, u'n')}});
        }
        writeFile(QJsonDocument(
                      QJsonObject {{QStringLiteral("format"), QStringLiteral("keyrack-metadata")},
                                   {QStringLiteral("version"), 1},
                                   {QStringLiteral("keys"), keys}})
                      .toJson());
        QVERIFY(cliRun({QStringLiteral("disable"), QStringLiteral("key-0")}).exitCode == 0);
        const QByteArray before = fileBytes();
        QVERIFY(before.size() > 3 * 4096);
        const QStringList entriesBefore = keychainEntries();

        const QStringList enable {QStringLiteral("enable"), QStringLiteral("key-0")};
        const QStringList importArgs {QStringLiteral("import"),  QStringLiteral("--label"),
                                      QStringLiteral("full"),    QStringLiteral("--env"),
                                      QStringLiteral("hitbtc"),  QStringLiteral("--public-key"),
                                      QStringLiteral("PUB-FULL")};
        QList<Run> runs;
        QStringList leftInDirectory;
        if (how == u"ulimit") {
            for (const QStringList &args : {enable, importArgs}) {
                QProcess process;
                process.setChildProcessModifier([room]() {
                    std::signal(SIGXFSZ, SIG_IGN);
                    rlimit limit {};
                    ::getrlimit(RLIMIT_FSIZE, &limit);
                    limit.rlim_cur = static_cast<rlim_t>(room);
                    ::setrlimit(RLIMIT_FSIZE, &limit);
                });
                process.start(cli, QStringList {QStringLiteral("--data-dir"), m_dataDir} + args);
                QVERIFY(process.waitForStarted());
                process.write("secret-full");
                process.closeWriteChannel();
                QVERIFY(process.waitForFinished(30000));
                runs.append({process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                             process.readAllStandardOutput(), process.readAllStandardError()});
            }
            leftInDirectory = QDir(m_dataDir).entryList(QDir::Files | QDir::Hidden);
        } else {
            // In the namespace: keep a copy of the data directory, mount the tmpfs over it, put
            // the file back, fill what is left but `room`, run the commands, and report.
            const QString out = m_dir->path() + QStringLiteral("/out");
            QVERIFY(QDir().mkpath(out));
            const QString script = QStringLiteral(
                "set -u; d=$1; out=$2; cli=$3; room=$4\n"
                "cp \"$d/keys.json\" \"$out/saved.json\"\n"
                "mount -t tmpfs -o size=256k,mode=0700 keyrack-full \"$d\" || exit 90\n"
                "cp \"$out/saved.json\" \"$d/keys.json\"\n"
                "head -c 1000000 /dev/zero > \"$d/filler\" 2>/dev/null\n"
                "if [ \"$room\" -gt 0 ]; then truncate -s -\"$room\" \"$d/filler\"; fi\n"
                "\"$cli\" --data-dir \"$d\" enable key-0 >\"$out/1.out\" 2>\"$out/1.err\"\n"
                "echo $? > \"$out/1.code\"\n"
                "printf secret-full | \"$cli\" --data-dir \"$d\" import --label full --env "
                "hitbtc --public-key PUB-FULL >\"$out/2.out\" 2>\"$out/2.err\"\n"
                "echo $? > \"$out/2.code\"\n"
                "rm \"$d/filler\"; ls -A \"$d\" > \"$out/left\"; cp \"$d/keys.json\" "
                "\"$out/after.json\"\n");
            const Run shell = runProgram(QStringLiteral("unshare"),
                                         {QStringLiteral("--mount"), QStringLiteral("sh"),
                                          QStringLiteral("-c"), script, QStringLiteral("sh"),
                                          m_dataDir, out, cli, QString::number(room)});
            if (shell.exitCode == 90 || (shell.exitCode != 0 && shell.err.contains("unshare"))) {
                QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: ") + shell.describe()));
            }
            QVERIFY2(shell.exitCode == 0, qPrintable(shell.describe()));
            const auto read = [&out](const QString &name) {
                QFile file(out + u'/' + name);
                return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            };
            for (const QString &n : {QStringLiteral("1"), QStringLiteral("2")}) {
                runs.append({read(n + QStringLiteral(".code")).trimmed().toInt(),
                             read(n + QStringLiteral(".out")), read(n + QStringLiteral(".err"))});
            }
            leftInDirectory =
                QString::fromUtf8(read(QStringLiteral("left"))).split(u'\n', Qt::SkipEmptyParts);
            QCOMPARE(read(QStringLiteral("after.json")), before);
        }

        for (const Run &run : std::as_const(runs)) {
            QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
            QVERIFY2(run.err.contains(message.toUtf8()), qPrintable(run.describe()));
            QVERIFY2(run.err.contains("Nothing was changed"), qPrintable(run.describe()));
            QVERIFY2(run.err.contains("keys.json"), qPrintable(run.describe()));
        }
        // keys.json holds the previous state and loads; no temporary file, no lock is left; the
        // failed import left no secret in the keychain.
        QCOMPARE(fileBytes(), before);
        QCOMPARE(leftInDirectory, QStringList({QStringLiteral("keys.json")}));
        const QJsonArray now = list();
        QCOMPARE(now.size(), 30);
        QCOMPARE(now.first().toObject().value(u"enabled").toBool(), false);
        QCOMPARE(keychainEntries(), entriesBefore);
        QFile::remove(m_dataDir + QStringLiteral("/keys.json"));
    }

    void killedWhileSavingLeavesAFileThatLoads()
    {
        // Many keys make each save long enough to be interrupted part-way.
        QJsonArray keys;
        for (int i = 0; i < 3000; ++i) {
            keys.append(QJsonObject {
                {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("label"), QStringLiteral("key-%1").arg(i)},
                {QStringLiteral("publicKey"), QStringLiteral("PUBLIC-%1").arg(i)},
                {QStringLiteral("environment"), QStringLiteral("hitbtc")},
                {QStringLiteral("enabled"), true},
                {QStringLiteral("rights"), QJsonArray()},
                {QStringLiteral("note"), QString(200, u'n')}});
        }
        writeFile(QJsonDocument(
                      QJsonObject {{QStringLiteral("format"), QStringLiteral("keyrack-metadata")},
                                   {QStringLiteral("version"), 1},
                                   {QStringLiteral("keys"), keys}})
                      .toJson());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(cliRun({QStringLiteral("disable"), QStringLiteral("key-0")}).exitCode, 0);
        const qint64 oneRun = std::max<qint64>(timer.elapsed(), 5);

        qint64 span = oneRun * 3 / 2;
        bool enabled = false; // key-0 as last saved
        int killed = 0;
        int saved = 0;
        for (int i = 0; i < 200; ++i) {
            QProcess process;
            process.start(cli,
                          {QStringLiteral("--data-dir"), m_dataDir,
                           enabled ? QStringLiteral("disable") : QStringLiteral("enable"),
                           QStringLiteral("key-0")});
            QVERIFY(process.waitForStarted());
            // Anywhere from start-up to just after the save. A busy machine makes runs slower
            // than the one measured: widen the span while too few runs get to save.
            if (i > 0 && i % 20 == 0 && saved < i / 40 + 2) {
                span = span * 3 / 2;
            }
            QTest::qSleep(QRandomGenerator::global()->bounded(static_cast<int>(span)));
            ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
            process.waitForFinished();
            killed += process.exitStatus() == QProcess::CrashExit ? 1 : 0;

            // The file always loads, holding the last or the previous state.
            const QJsonArray now = list();
            QCOMPARE(now.size(), 3000);
            const bool nowEnabled = now.first().toObject().value(u"enabled").toBool();
            saved += nowEnabled != enabled ? 1 : 0;
            enabled = nowEnabled;
        }
        qInfo("%d of 200 runs killed before they ended, %d saved (one run takes about %lld ms)",
              killed, saved, oneRun);
        // Kills landed before, during and after saves (a lock file left empty by a kill blocks
        // writers for 3 s, so fewer runs save than the timing alone would give).
        QVERIFY(killed >= 5);
        QVERIFY(saved >= 5);
        // No temporary file piles up.
        QVERIFY(QDir(m_dataDir).entryList(QDir::Files).size() <= 3);
        QFile::remove(m_dataDir + QStringLiteral("/keys.json"));
    }

    void killedWhileImportingLeavesNoHalfKey()
    {
        QElapsedTimer timer;
        timer.start();
        import(QStringLiteral("whole"), QStringLiteral("WHOLE"), "secret-whole");
        const int oneRun = static_cast<int>(std::max<qint64>(timer.elapsed(), 5));
        for (int i = 0; i < 30; ++i) {
            QProcess process;
            process.start(cli,
                          {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("import"),
                           QStringLiteral("--label"), QStringLiteral("half-%1").arg(i),
                           QStringLiteral("--env"), QStringLiteral("hitbtc"),
                           QStringLiteral("--public-key"), QStringLiteral("HALF-%1").arg(i)});
            QVERIFY(process.waitForStarted());
            process.write("secret-half");
            process.waitForBytesWritten(); // qSleep runs no event loop to write it later
            process.closeWriteChannel();
            QTest::qSleep(QRandomGenerator::global()->bounded(oneRun * 3));
            ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
            process.waitForFinished();
        }
        // The next command tidies up; then every key has its secret and every secret its key.
        const QJsonArray keys = list();
        QStringList ids;
        for (const QJsonValue &v : keys) {
            ids << v.toObject().value(u"id").toString();
        }
        QStringList entries = keychainEntries();
        entries.removeAll(QStringLiteral("keyrack-probe"));
        ids.sort();
        entries.sort();
        QCOMPARE(entries, ids);
        QVERIFY(!fileBytes().contains("\"pending\""));
        qInfo("%lld of 30 killed imports had completed (one takes about %d ms)",
              static_cast<long long>(ids.size() - 1), oneRun);
    }

    void twoProcessesChangingDifferentKeysLoseNothing()
    {
        import(QStringLiteral("left"), QStringLiteral("PUB-L"), "sl");
        import(QStringLiteral("right"), QStringLiteral("PUB-R"), "sr");
        for (int round = 0; round < 20; ++round) {
            const bool on = round % 2 == 1;
            QProcess a;
            QProcess b;
            a.start(cli,
                    {QStringLiteral("--data-dir"), m_dataDir,
                     on ? QStringLiteral("enable") : QStringLiteral("disable"),
                     QStringLiteral("left")});
            b.start(cli,
                    {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("rights"),
                     QStringLiteral("right"),
                     on ? QStringLiteral("--grant") : QStringLiteral("--revoke"),
                     QStringLiteral("read")});
            QVERIFY(a.waitForFinished() && b.waitForFinished());
            QCOMPARE(a.exitCode(), 0);
            QCOMPARE(b.exitCode(), 0);
            QCOMPARE(keyByLabel(QStringLiteral("left")).value(u"enabled").toBool(), on);
            QCOMPARE(keyByLabel(QStringLiteral("right")).value(u"rights").toArray().size(),
                     on ? 1 : 0);
        }
    }

    void terminalPromptsHideTheSecretAndAsk()
    {
        int exitCode = -1;
        const QByteArray screen =
            onTerminal({QStringLiteral("import"), QStringLiteral("--label"),
                        QStringLiteral("typed"), QStringLiteral("--env"), QStringLiteral("hitbtc"),
                        QStringLiteral("--public-key"), QStringLiteral("PUB-TTY")},
                       {{"(input hidden)", "typed-secret-value\n"}}, &exitCode);
        QVERIFY2(exitCode == 0, screen.constData());
        QVERIFY2(!screen.contains("typed-secret-value"), screen.constData()); // not echoed
        QVERIFY(!keyByLabel(QStringLiteral("typed")).isEmpty());

        // On a terminal, a sensitive grant and a delete ask, and only "y" or "yes" goes ahead.
        onTerminal({QStringLiteral("rights"), QStringLiteral("typed"), QStringLiteral("--grant"),
                    QStringLiteral("withdraw")},
                   {{"[y/N]", "n\n"}}, &exitCode);
        QCOMPARE(exitCode, 1);
        QCOMPARE(keyByLabel(QStringLiteral("typed")).value(u"rights").toArray().size(), 0);
        const QByteArray asked = onTerminal({QStringLiteral("rights"), QStringLiteral("typed"),
                                             QStringLiteral("--grant"), QStringLiteral("withdraw")},
                                            {{"[y/N]", "yes\n"}}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY(asked.contains("Withdraw cryptocurrencies"));
        QCOMPARE(keyByLabel(QStringLiteral("typed")).value(u"rights").toArray(),
                 QJsonArray({QStringLiteral("withdraw")}));
        const QByteArray deleted = onTerminal({QStringLiteral("delete"), QStringLiteral("typed")},
                                              {{"[y/N]", "y\n"}}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY(deleted.contains("can not be retrieved"));
        QVERIFY(keyByLabel(QStringLiteral("typed")).isEmpty());
    }

    // Last: it reads everything the other tests printed too.
    void signMatchesTheReferenceVectors()
    {
        import(QStringLiteral("reference"), QStringLiteral("testPublicKey123"), "testSecretKey456");
        const auto sign = [this](const QStringList &args) {
            const Run run =
                cliRun(QStringList {QStringLiteral("sign"), QStringLiteral("reference")} + args
                       + QStringList {QStringLiteral("--timestamp"),
                                      QStringLiteral("1700000000000"), QStringLiteral("--json")});
            [&]() {
                QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            }();
            return QJsonDocument::fromJson(run.out).object();
        };
        const QJsonObject balance = sign({QStringLiteral("GET"), QStringLiteral("/spot/balance")});
        QCOMPARE(balance.value(u"stringToSign").toString(),
                 QStringLiteral("GET/api/3/spot/balance1700000000000"));
        QCOMPARE(
            balance.value(u"signature").toString(),
            QStringLiteral("af37628aa0d05e7f9f544642b8bea7d792c0401293b48398fe07da882bc00550"));
        QCOMPARE(
            balance.value(u"authorization").toString(),
            QStringLiteral("HS256 dGVzdFB1YmxpY0tleTEyMzphZjM3NjI4YWEwZDA1ZTdmOWY1NDQ2NDJiOGJl"
                           "YTdkNzkyYzA0MDEyOTNiNDgzOThmZTA3ZGE4ODJiYzAwNTUwOjE3MDAwMDAwMDAwMDA="));
        QCOMPARE(balance.value(u"url").toString(),
                 QStringLiteral("https://api.hitbtc.com/api/3/spot/balance"));

        const QJsonObject history =
            sign({QStringLiteral("get"), QStringLiteral("/api/3/spot/history/order"),
                  QStringLiteral("--query"), QStringLiteral("symbol=ETHBTC&limit=10&sort=DESC")});
        QCOMPARE(
            history.value(u"signature").toString(),
            QStringLiteral("23ecc943af5baf2f007a2f466baa598379b0afc8478914f7f56a6a71fa70935b"));

        const QJsonObject order =
            sign({QStringLiteral("POST"), QStringLiteral("spot/order"), QStringLiteral("--body"),
                  QStringLiteral(
                      R"({"symbol":"ETHBTC","side":"sell","quantity":"0.063","price":"0.046016"})"),
                  QStringLiteral("--window"), QStringLiteral("10000")});
        QVERIFY(order.value(u"stringToSign").toString().endsWith(u"170000000000010000"));
        QCOMPARE(
            order.value(u"authorization").toString(),
            QStringLiteral("HS256 dGVzdFB1YmxpY0tleTEyMzo4ZDlkZjJiZDVkMGQwOWE0NmI3MTBjNmE2ZWU3"
                           "M2M0NWNkMmI3MDk2NWE2YWNhMzhmZWU1MTRjM2RhZWY3MmRkOjE3MDAwMDAwMDAwMDA6"
                           "MTAwMDA="));

        // Bad input is refused with a reason; an OFF key does not sign.
        QCOMPARE(cliRun({QStringLiteral("sign"), QStringLiteral("reference"),
                         QStringLiteral("FETCH"), QStringLiteral("/spot/balance")})
                     .exitCode,
                 1);
        QCOMPARE(cliRun({QStringLiteral("sign"), QStringLiteral("reference"), QStringLiteral("GET"),
                         QStringLiteral("/spot/balance"), QStringLiteral("--window"),
                         QStringLiteral("60001")})
                     .exitCode,
                 1);
        cliRun({QStringLiteral("disable"), QStringLiteral("reference")});
        const Run off = cliRun({QStringLiteral("sign"), QStringLiteral("reference"),
                                QStringLiteral("GET"), QStringLiteral("/spot/balance")});
        QCOMPARE(off.exitCode, 1);
        QVERIFY(off.err.contains("OFF"));
    }

    void standaloneSandboxFollowsTheCli()
    {
        // No sandbox yet: a call to a sandbox key is a network error that says what to do.
        const Run generated = cliRun({QStringLiteral("generate"), QStringLiteral("--label"),
                                      QStringLiteral("bot"), QStringLiteral("--json")});
        QCOMPARE(generated.exitCode, 0);
        const Run nothing = cliRun({QStringLiteral("call"), QStringLiteral("bot"),
                                    QStringLiteral("GET"), QStringLiteral("/spot/balance")});
        QCOMPARE(nothing.exitCode, 6);
        QVERIFY(nothing.err.contains("keyrack-cli sandbox"));

        QProcess sandbox;
        sandbox.start(cli, {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("sandbox")});
        QVERIFY(sandbox.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 10000);
        const QByteArray first = sandbox.readLine().trimmed();
        static const QRegularExpression listening(
            QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)$"));
        const auto match = listening.match(QString::fromUtf8(first));
        QVERIFY2(match.hasMatch(), first.constData());

        const auto call = [this](const QString &path) {
            return cliRun({QStringLiteral("call"), QStringLiteral("bot"), QStringLiteral("GET"),
                           path, QStringLiteral("--json")});
        };
        const Run forbidden = call(QStringLiteral("/spot/balance"));
        QCOMPARE(forbidden.exitCode, 5);
        const QJsonObject forbiddenJson = QJsonDocument::fromJson(forbidden.out).object();
        QCOMPARE(forbiddenJson.value(u"status").toInt(), 403);
        QCOMPARE(forbiddenJson.value(u"body")
                     .toObject()
                     .value(u"error")
                     .toObject()
                     .value(u"code")
                     .toInt(),
                 1003);

        cliRun({QStringLiteral("rights"), QStringLiteral("bot"), QStringLiteral("--grant"),
                QStringLiteral("read")});
        const Run allowed = call(QStringLiteral("/spot/balance"));
        QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.describe()));
        QVERIFY(QJsonDocument::fromJson(allowed.out).object().value(u"body").isArray());
        QVERIFY(!keyByLabel(QStringLiteral("bot")).value(u"lastUsed").toString().isEmpty());

        // Sign while ON, switch OFF with the CLI, then send the signed request: refused.
        const Run signedRun =
            cliRun({QStringLiteral("sign"), QStringLiteral("bot"), QStringLiteral("GET"),
                    QStringLiteral("/spot/balance"), QStringLiteral("--json")});
        QCOMPARE(signedRun.exitCode, 0);
        const QJsonObject signature = QJsonDocument::fromJson(signedRun.out).object();
        QCOMPARE(signature.value(u"url").toString(),
                 QStringLiteral("http://127.0.0.1:%1/api/3/spot/balance").arg(match.captured(1)));
        const auto send = [&signature]() {
            QNetworkAccessManager manager;
            QNetworkRequest request(QUrl(signature.value(u"url").toString()));
            request.setRawHeader("Authorization",
                                 signature.value(u"authorization").toString().toLatin1());
            QNetworkReply *reply = manager.get(request);
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(10000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            delete reply;
            return status;
        };
        QCOMPARE(send(), 200);
        cliRun({QStringLiteral("disable"), QStringLiteral("bot")});
        QCOMPARE(send(), 401);

        // SIGTERM stops it cleanly, and the address it published goes with it.
        QVERIFY(QFile::exists(m_dataDir + QStringLiteral("/sandbox.json")));
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(10000));
        QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.exitCode(), 0);
        const QByteArray log = sandbox.readAllStandardOutput();
        QVERIFY2(log.contains("\"bot\" GET /api/3/spot/balance 403"), log.constData());
        QVERIFY2(log.contains("\"bot\" GET /api/3/spot/balance 401 (key OFF)"), log.constData());
        QVERIFY(!log.contains(signature.value(u"signature").toString().toLatin1()));
        QVERIFY(!log.contains(QJsonDocument::fromJson(generated.out)
                                  .object()
                                  .value(u"secret")
                                  .toString()
                                  .toLatin1()));
        QVERIFY(!QFile::exists(m_dataDir + QStringLiteral("/sandbox.json")));
    }

    void auditFromTheCli()
    {
        const Run generated = cliRun({QStringLiteral("generate"), QStringLiteral("--label"),
                                      QStringLiteral("bot"), QStringLiteral("--json")});
        QCOMPARE(generated.exitCode, 0);
        const QJsonObject bot = QJsonDocument::fromJson(generated.out).object();
        cliRun({QStringLiteral("rights"), QStringLiteral("bot"), QStringLiteral("--grant"),
                QStringLiteral("read")});
        QProcess sandbox;
        sandbox.start(cli, {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("sandbox")});
        QVERIFY(sandbox.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 10000);
        const QString url =
            QString::fromUtf8(sandbox.readLine().trimmed()).remove(QStringLiteral("listening on "));

        const Run matching =
            cliRun({QStringLiteral("audit"), QStringLiteral("bot"), QStringLiteral("--json")});
        QVERIFY2(matching.exitCode == 0, qPrintable(matching.describe()));
        const QJsonObject result = QJsonDocument::fromJson(matching.out).array().first().toObject();
        QVERIFY(result.value(u"matches").toBool());
        QCOMPARE(result.value(u"rights")
                     .toObject()
                     .value(u"read")
                     .toObject()
                     .value(u"observed")
                     .toString(),
                 QStringLiteral("yes"));
        QVERIFY(!keyByLabel(QStringLiteral("bot")).value(u"lastAudit").isNull());

        // The same key pair imported as an exchange key declared with no rights: the exchange
        // (the sandbox) grants read, so the audit differs: exit 7.
        const Run imported =
            cliRun({QStringLiteral("import"), QStringLiteral("--label"), QStringLiteral("mirror"),
                    QStringLiteral("--env"), url, QStringLiteral("--public-key"),
                    bot.value(u"publicKey").toString()},
                   bot.value(u"secret").toString().toUtf8());
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        const Run differs = cliRun({QStringLiteral("audit"), QStringLiteral("mirror")});
        QCOMPARE(differs.exitCode, 7);
        QVERIFY2(differs.out.contains("can do more than declared: read"), differs.out.constData());

        const QString report = m_dir->path() + QStringLiteral("/report.html");
        const Run all = cliRun(
            {QStringLiteral("audit"), QStringLiteral("--all"), QStringLiteral("--report"), report});
        QCOMPARE(all.exitCode, 7);
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray html = file.readAll();
        QVERIFY(html.contains("mirror") && html.contains("bot"));
        QVERIFY(!html.contains(bot.value(u"secret").toString().toUtf8()));

        // A report that cannot be written whole (here: over the file-size limit) is an error,
        // and the previous report stays as it was, with no half-written file beside it.
        QProcess limited;
        limited.setChildProcessModifier([]() {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit limit {};
            ::getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = 512;
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        limited.start(cli,
                      {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("audit"),
                       QStringLiteral("--all"), QStringLiteral("--report"), report});
        QVERIFY(limited.waitForFinished(30000));
        const QByteArray said = limited.readAllStandardError();
        QCOMPARE(limited.exitCode(), 4); // a data-file error
        QVERIFY2(said.contains("Cannot write the report") && said.contains("ulimit -f"),
                 said.constData());
        QFile again(report);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), html);
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("report.html*")}, QDir::Files),
                 QStringList {QStringLiteral("report.html")});

        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(10000));
        QCOMPARE(cliRun({QStringLiteral("audit"), QStringLiteral("bot")}).exitCode, 6);
    }

    // With two-factor codes on (switched on in the window's Settings), the command line asks
    // for a code before trading or withdrawal rights too; --yes answers the question, not the
    // code. A wrong or reused code changes nothing.
    void grantsNeedTheSecondFactorWhenItIsOn()
    {
        QTemporaryDir config;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        AppSettings settings(config.filePath(QStringLiteral("Keyrack/keyrack.ini")));
        KeychainVault vault;
        TwoFactor twoFactor(&settings, &vault);
        TwoFactor::Enrolment enrolment = twoFactor.beginEnrolment();
        const QByteArray key(enrolment.key.reveal().constData(), enrolment.key.size());
        const qint64 step = QDateTime::currentSecsSinceEpoch() / Totp::defaultPeriod;
        const auto codeFor = [&key](qint64 at) {
            return Totp::code(key, at * Totp::defaultPeriod).toLatin1();
        };
        QSignalSpy enrolled(this, &QObject::objectNameChanged);
        twoFactor.completeEnrolment(std::move(enrolment.key), QString::fromLatin1(codeFor(step)),
                                    [this](const Error &error) {
                                        QVERIFY2(!error.isError(), qPrintable(error.message));
                                        setObjectName(QStringLiteral("enrolled"));
                                    });
        QVERIFY(enrolled.wait(15000));
        QVERIFY(twoFactor.isEnabled());
        const auto removeTotp = qScopeGuard([&vault] {
            bool removed = false;
            vault.removeSecret(TwoFactor::vaultEntry,
                               [&removed](const Error &) { removed = true; });
            QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
        });

        QVERIFY(!import(QStringLiteral("guarded"), QStringLiteral("PUB-GUARDED"), "g-secret")
                     .isEmpty());
        const QStringList grant {QStringLiteral("rights"), QStringLiteral("guarded"),
                                 QStringLiteral("--grant"), QStringLiteral("trade"),
                                 QStringLiteral("--yes")};
        const Run none = cliRun(grant, {}, env);
        QVERIFY2(none.exitCode != 0 && none.err.contains("authenticator"),
                 qPrintable(none.describe()));
        const QByteArray wrong = codeFor(step + 1) == "000000" ? "111111" : "000000";
        const Run wrongCode = cliRun(grant, wrong, env);
        QVERIFY2(wrongCode.exitCode != 0 && wrongCode.err.contains("Nothing was changed"),
                 qPrintable(wrongCode.describe()));
        QVERIFY(keyByLabel(QStringLiteral("guarded")).value(u"rights").toArray().isEmpty());

        const Run right = cliRun(grant, codeFor(step + 1), env);
        QVERIFY2(right.exitCode == 0, qPrintable(right.describe()));
        QCOMPARE(keyByLabel(QStringLiteral("guarded")).value(u"rights").toArray(),
                 QJsonArray {QStringLiteral("trade")});
        // The same code again (a replay), for another right: refused.
        const Run replay =
            cliRun({QStringLiteral("rights"), QStringLiteral("guarded"), QStringLiteral("--grant"),
                    QStringLiteral("withdraw"), QStringLiteral("--yes")},
                   codeFor(step + 1), env);
        QVERIFY2(replay.exitCode != 0, qPrintable(replay.describe()));
        QCOMPARE(keyByLabel(QStringLiteral("guarded")).value(u"rights").toArray(),
                 QJsonArray {QStringLiteral("trade")});
        // Revoking needs no code; nor does anything when the codes are off.
        QCOMPARE(cliRun({QStringLiteral("rights"), QStringLiteral("guarded"),
                         QStringLiteral("--revoke"), QStringLiteral("trade")},
                        {}, env)
                     .exitCode,
                 0);
    }

    void orphansAreListedAndRemoved()
    {
        const QString kept = import(QStringLiteral("kept"), QStringLiteral("PUB-KEPT"), "kept-s");
        const QString lost = import(QStringLiteral("lost"), QStringLiteral("PUB-LOST"), "lost-s");
        QVERIFY(!kept.isEmpty() && !lost.isEmpty());
        // Entries another test left behind in the shared keyring would be orphans here too.
        const QStringList before = orphanIds();
        QVERIFY(!before.contains(kept) && !before.contains(lost));
        if (before.isEmpty()) {
            const Run none = cliRun({QStringLiteral("orphans")});
            QCOMPARE(none.exitCode, 0);
            QVERIFY2(none.out.contains("No orphaned entries"), qPrintable(none.describe()));
        }

        // keys.json restored from a backup that predates "lost": its secret has no key any more.
        QJsonObject document = QJsonDocument::fromJson(fileBytes()).object();
        QJsonArray keys;
        for (const QJsonValue &v : document.value(u"keys").toArray()) {
            if (v.toObject().value(u"id").toString() != lost) {
                keys.append(v);
            }
        }
        QCOMPARE(keys.size(), 1);
        document.insert(u"keys", keys);
        writeFile(QJsonDocument(document).toJson());
        QCOMPARE(list().size(), 1);
        // One more, as a crashed older version left it, and the two-factor secret, which is not
        // an orphan.
        const QString crashed = QUuid::createUuid().toString(QUuid::WithoutBraces);
        storeKeychainEntry(crashed, "crashed-secret");
        storeKeychainEntry(QStringLiteral("keyrack-totp"), "totp-secret");
        QVERIFY(keychainEntries().contains(crashed));

        QStringList expected = before + QStringList {lost, crashed};
        expected.sort();
        QCOMPARE(orphanIds(), expected);
        const Run text = cliRun({QStringLiteral("orphans")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(lost.toLatin1()) && text.out.contains(crashed.toLatin1()));
        QVERIFY(!text.out.contains(kept.toLatin1()) && !text.out.contains("keyrack-totp"));
        QVERIFY(!text.out.contains("lost-s") && !text.out.contains("crashed-secret"));

        // A key's own secret and Keyrack's own entries are refused, and nothing changes.
        const Run owned = cliRun(
            {QStringLiteral("orphans"), QStringLiteral("--remove"), kept, QStringLiteral("--yes")});
        QCOMPARE(owned.exitCode, 1);
        QVERIFY2(owned.err.contains("not an orphan") && owned.err.contains("kept")
                     && owned.err.contains("Nothing was changed"),
                 qPrintable(owned.describe()));
        const Run totp = cliRun({QStringLiteral("orphans"), QStringLiteral("--remove"),
                                 QStringLiteral("keyrack-totp"), QStringLiteral("--yes")});
        QCOMPARE(totp.exitCode, 1);
        const Run unknown =
            cliRun({QStringLiteral("orphans"), QStringLiteral("--remove"),
                    QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("--yes")});
        QCOMPARE(unknown.exitCode, 2);
        // Without a terminal, removing needs --yes.
        const Run unconfirmed =
            cliRun({QStringLiteral("orphans"), QStringLiteral("--remove"), lost});
        QCOMPARE(unconfirmed.exitCode, 1);
        QVERIFY(unconfirmed.err.contains("--yes"));
        const Run both = cliRun({QStringLiteral("orphans"), QStringLiteral("--remove"), lost,
                                 QStringLiteral("--remove-all"), QStringLiteral("--yes")});
        QCOMPARE(both.exitCode, 1);
        QVERIFY(keychainEntries().contains(kept) && keychainEntries().contains(lost));
        QVERIFY(keychainEntries().contains(QStringLiteral("keyrack-totp")));

        const Run removed = cliRun({QStringLiteral("orphans"), QStringLiteral("--remove"), lost,
                                    QStringLiteral("--yes"), QStringLiteral("--json")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        QCOMPARE(QJsonDocument::fromJson(removed.out).object().value(u"removed").toArray(),
                 QJsonArray {lost});
        QVERIFY(!keychainEntries().contains(lost));
        expected.removeOne(lost);
        QCOMPARE(orphanIds(), expected);

        // On a terminal, --remove-all asks first.
        int exitCode = -1;
        const QByteArray screen =
            onTerminal({QStringLiteral("orphans"), QStringLiteral("--remove-all")},
                       {{"[y/N]", "y\n"}}, &exitCode);
        QVERIFY2(exitCode == 0, screen.constData());
        QVERIFY2(screen.contains(crashed.toLatin1()), screen.constData());
        QVERIFY(!keychainEntries().contains(crashed));
        QVERIFY(orphanIds().isEmpty());

        // What has a key, and the two-factor secret, are all still there.
        const QStringList left = keychainEntries();
        QVERIFY(left.contains(kept) && left.contains(QStringLiteral("keyrack-totp")));
        QCOMPARE(list().size(), 1);
        clearKeychainEntry(QStringLiteral("keyrack-totp"));
    }

    void orphansWithoutKeychainIsAClearError()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/bus"));
        const Run run = cliRun({QStringLiteral("orphans")}, {}, env);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("No keychain service is running"), qPrintable(run.describe()));
    }

    void canarySecretNeverLeaks()
    {
        // A standalone sandbox, and the canary imported as a key of an exchange at its address,
        // so that call and audit really sign with the canary (the sandbox answers 401).
        QProcess sandbox;
        sandbox.start(cli,
                      {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("sandbox"),
                       QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(sandbox.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 10000);
        const QByteArray listening = sandbox.readLine();
        const QString url =
            QString::fromUtf8(listening.trimmed()).remove(QStringLiteral("listening on "));
        QVERIFY2(url.startsWith(u"http://127.0.0.1:"), listening.constData());

        const QByteArray canary = "CANARY-5ecret-7b1f0e";
        const Run imported =
            cliRun({QStringLiteral("import"), QStringLiteral("--label"), QStringLiteral("canary"),
                    QStringLiteral("--env"), url, QStringLiteral("--public-key"),
                    QStringLiteral("PUB-CANARY"), QStringLiteral("--json")},
                   canary);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        const QString id = QJsonDocument::fromJson(imported.out).object().value(u"id").toString();
        const Run generated =
            cliRun({QStringLiteral("generate"), QStringLiteral("--label"), QStringLiteral("gen")});
        QCOMPARE(generated.exitCode, 0);
        const QByteArray generatedSecret =
            generated.out.mid(generated.out.indexOf("secret key:") + 11, 40).trimmed().left(32);
        QCOMPARE(generatedSecret.size(), 32);
        cliRun({QStringLiteral("list")});
        cliRun({QStringLiteral("list"), QStringLiteral("--json")});
        cliRun({QStringLiteral("disable"), QStringLiteral("canary")});
        cliRun({QStringLiteral("enable"), QStringLiteral("canary")});
        cliRun({QStringLiteral("rights"), QStringLiteral("canary"), QStringLiteral("--grant"),
                QStringLiteral("all"), QStringLiteral("--yes")});
        cliRun({QStringLiteral("rights"), QStringLiteral("gen"), QStringLiteral("--grant"),
                QStringLiteral("read")});

        // Every command that reads a secret, with both keys, in text and JSON.
        const QString report = m_dir->path() + QStringLiteral("/report");
        for (const QString &key : {QStringLiteral("canary"), QStringLiteral("gen")}) {
            for (const QStringList &extra :
                 {QStringList {}, QStringList {QStringLiteral("--json")}}) {
                const Run sign =
                    cliRun(QStringList {QStringLiteral("sign"), key, QStringLiteral("POST"),
                                        QStringLiteral("/spot/order"), QStringLiteral("--body"),
                                        QStringLiteral("symbol=ETHBTC&side=buy")}
                           + extra);
                QVERIFY2(sign.exitCode == 0, qPrintable(sign.describe()));
                const Run call =
                    cliRun(QStringList {QStringLiteral("call"), key, QStringLiteral("GET"),
                                        QStringLiteral("/spot/balance")}
                           + extra);
                QVERIFY2(call.exitCode == (key == u"gen" ? 0 : 5), qPrintable(call.describe()));
                const Run audit = cliRun(QStringList {QStringLiteral("audit"), key} + extra);
                QVERIFY2(audit.exitCode != -1, qPrintable(audit.describe()));
            }
        }
        // Basic sends the secret itself: to the server, and nowhere else.
        const Run basic =
            cliRun({QStringLiteral("call"), QStringLiteral("canary"), QStringLiteral("GET"),
                    QStringLiteral("/spot/balance"), QStringLiteral("--basic")});
        QVERIFY2(basic.exitCode == 5, qPrintable(basic.describe()));
        for (const char *suffix : {".html", ".json", ".csv"}) {
            const QString file = report + QLatin1String(suffix);
            const Run all = cliRun({QStringLiteral("audit"), QStringLiteral("--all"),
                                    QStringLiteral("--report"), file});
            QVERIFY2(all.exitCode != -1, qPrintable(all.describe()));
            QVERIFY2(QFileInfo(file).size() > 0, qPrintable(all.describe()));
        }
        cliRun({QStringLiteral("orphans")});
        cliRun({QStringLiteral("orphans"), QStringLiteral("--json")});
        cliRun({QStringLiteral("delete"), QStringLiteral("canary"), QStringLiteral("--yes")});

        // The sandbox's log: one line per request, the canary's 401s among them.
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(10000));
        const Run sandboxLog {sandbox.exitCode(), listening + sandbox.readAllStandardOutput(),
                              sandbox.readAllStandardError()};
        QVERIFY2(sandboxLog.out.contains("401"), sandboxLog.out.constData());
        m_transcript.append(sandboxLog);

        const QList<QByteArray> canaryForms {canary, canary.toBase64(), canary.toHex(),
                                             canary.toHex().toUpper()};
        const QList<QByteArray> generatedForms {generatedSecret, generatedSecret.toBase64(),
                                                generatedSecret.toHex(),
                                                generatedSecret.toHex().toUpper()};
        // Never printed, except the generated secret by generate itself, once.
        int printedGenerated = 0;
        for (const Run &run : std::as_const(m_transcript)) {
            for (const QByteArray &form : canaryForms) {
                QVERIFY2(!run.out.contains(form) && !run.err.contains(form),
                         qPrintable(run.describe()));
            }
            for (const QByteArray &form : generatedForms) {
                QVERIFY2(!run.err.contains(form), qPrintable(run.describe()));
                if (form != generatedSecret) {
                    QVERIFY2(!run.out.contains(form), qPrintable(run.describe()));
                }
            }
            printedGenerated += run.out.contains(generatedSecret) ? 1 : 0;
        }
        QCOMPARE(printedGenerated, 1);

        // In no file under HOME or the data directory (the reports included), but the keyring's
        // own (encrypted) files.
        const QString keyrings = QDir::homePath() + QStringLiteral("/.local/share/keyrings");
        int scanned = 0;
        for (const QString &root : {QDir::homePath(), m_dir->path()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.startsWith(keyrings)) {
                    continue;
                }
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly)) {
                    continue;
                }
                ++scanned;
                const QByteArray bytes = file.readAll();
                for (const QByteArray &form : canaryForms + generatedForms) {
                    QVERIFY2(!bytes.contains(form), qPrintable(path));
                }
            }
        }
        QVERIFY(scanned >= 4); // keys.json and the three reports at least
        QVERIFY(!keychainEntries().contains(id));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
