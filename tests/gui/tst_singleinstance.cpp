// One window per data directory, with real processes: a second `keyrack` on the same data
// directory asks the first to come to the front and stops; an instance killed with SIGKILL does
// not keep the next one from starting.
#include "gui/singleinstance.h"
#include "sandbox/sandboxaddress.h"

#include <QLocalSocket>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    static bool answers(const QString &name)
    {
        QLocalSocket socket;
        socket.connectToServer(name);
        return socket.waitForConnected(200);
    }

    static void startKeyrack(QProcess *process, const QString &dataDir)
    {
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start(QStringLiteral(KEYRACK_APP),
                       {QStringLiteral("-platform"), QStringLiteral("offscreen"),
                        QStringLiteral("--data-dir"), dataDir});
    }

private Q_SLOTS:
    void secondStartRaisesTheFirst()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QVERIFY(!first.forwardToRunning()); // nobody else: this is the instance
        QSignalSpy raised(&first, &SingleInstance::activationRequested);

        QProcess second;
        startKeyrack(&second, dir.path());
        QVERIFY(second.waitForStarted());
        // The first instance answers from its event loop while the second waits for it.
        QVERIFY(raised.wait(15000));
        QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 15000);
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        const QString said = QString::fromUtf8(second.readAllStandardError());
        QVERIFY2(said.contains(QStringLiteral("already running")), qPrintable(said));

        // Another data directory is another instance.
        QTemporaryDir other;
        QVERIFY(SingleInstance::socketName(other.path()) != SingleInstance::socketName(dir.path()));
        SingleInstance elsewhere(other.path());
        QVERIFY(!elsewhere.forwardToRunning());
        QCOMPARE(raised.count(), 1);
    }

    // The window starts its embedded sandbox once it has painted, publishes its address for
    // keyrack-cli, and the sandbox answers over loopback.
    void theWindowStartsItsSandbox()
    {
        QTemporaryDir dir;
        QProcess app;
        startKeyrack(&app, dir.path());
        QVERIFY(app.waitForStarted());
        std::optional<QUrl> url;
        QTRY_VERIFY_WITH_TIMEOUT((url = SandboxAddress::find(dir.path())).has_value(), 15000);
        QNetworkAccessManager network;
        QNetworkRequest request(url->resolved(QUrl(QStringLiteral("/api/3/public/currency"))));
        request.setTransferTimeout(10000);
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll().contains("\"BTC\""));
        app.terminate();
        QVERIFY(app.waitForFinished(10000));
        // Once it has stopped, keyrack-cli finds no sandbox there.
        QVERIFY(!SandboxAddress::find(dir.path()));
    }

    // --help and --version answer without a display (over ssh, in a script).
    void helpAndVersionNeedNoDisplay()
    {
        for (const QString &option : {QStringLiteral("--help"), QStringLiteral("--version")}) {
            QProcess app;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
                environment.remove(QString::fromLatin1(name));
            }
            app.setProcessEnvironment(environment);
            app.start(QStringLiteral(KEYRACK_APP), {option});
            QVERIFY(app.waitForFinished(15000));
            QCOMPARE(app.exitStatus(), QProcess::NormalExit);
            QCOMPARE(app.exitCode(), 0);
            const QByteArray out = app.readAllStandardOutput();
            QVERIFY2(out.contains(option == u"--help"_s ? "--data-dir" : "keyrack "),
                     out.constData());
        }
    }

    void killedInstanceDoesNotBlockTheNext()
    {
        QTemporaryDir dir;
        QProcess killed;
        startKeyrack(&killed, dir.path());
        QVERIFY(killed.waitForStarted());
        const QString name = SingleInstance::socketName(dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(answers(name), 15000);
        ::kill(static_cast<pid_t>(killed.processId()), SIGKILL);
        QVERIFY(killed.waitForFinished(5000));
        QVERIFY(!answers(name)); // its socket file may remain; nobody listens on it

        SingleInstance next(dir.path());
        QVERIFY(!next.forwardToRunning());
        QVERIFY(answers(name));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
