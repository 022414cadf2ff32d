// A test call from click to response shown: the real MainWindow (offscreen) with its test-call
// panel, the embedded sandbox on loopback and a key whose secret is in the real OS keychain,
// against curl sending the same request, pre-signed by `keyrack-cli sign`, to the same server.
// Interleaved, so both see the same load. Run inside a private D-Bus session with an unlocked
// keyring (scripts/bench). Usage:
//   bench_testcall --cli KEYRACK_CLI [--curl CURL] [--repetitions N]
// Prints one line per endpoint: medians and 90th percentiles in milliseconds.

#include "core/hardening.h"
#include "gui/mainwindow.h"
#include "gui/prompter.h"
#include "gui/testcallpanel.h"
#include "net/randomtoken.h"
#include "sandbox/sandboxaddress.h"
#include "sandbox/sandboxserver.h"
#include "storage/appsettings.h"
#include "storage/keychainvault.h"
#include "storage/keyrepository.h"
#include "storage/metadatastore.h"
#include "storage/twofactor.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

constexpr int warmUp = 5;
constexpr int callTimeoutMs = 20000;
// keyrack-cli signs with the largest window the sandbox accepts; the signature is renewed well
// before it runs out.
constexpr qint64 signWindowMs = 60000;
constexpr qint64 resignAfterMs = 30000;

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_testcall: %s\n", qPrintable(message));
    std::exit(1);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// Nearest rank.
double percentile(QList<double> values, int p)
{
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<qsizetype>((p * values.size() + 99) / 100);
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget) {
        die(QStringLiteral("no widget %1").arg(QString::fromLatin1(name)));
    }
    return widget;
}

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Waits until the panel has filled its widgets with the answer (responseShown) and then painted
// its response body: the frame in which the user sees the response. The repaint manager paints
// every dirty widget of the window (status line, body, headers) in one pass, and the local loop
// returns only once that pass (paint and flush) is over.
class ResponseShown : public QObject
{
public:
    ResponseShown(TestCallPanel *panel, SandboxServer *sandbox, QWidget *body)
        : m_body(body)
    {
        connect(sandbox, &SandboxServer::requestLogged, this, [this] {
            if (m_answeredMs < 0) {
                m_answeredMs = msSince(m_clock);
            }
        });
        connect(panel, &TestCallPanel::responseShown, this, [this](const ApiResponse &response) {
            m_finishedMs = msSince(m_clock);
            m_status = response.status;
        });
        connect(panel, &TestCallPanel::callFinished, this, [this] {
            m_bookkept = true;
            m_bookkeeping.quit();
        });
        body->installEventFilter(this);
    }

    void start(const QElapsedTimer &clock)
    {
        m_clock = clock;
        m_answeredMs = -1;
        m_finishedMs = -1;
        m_status = 0;
        m_painted = false;
        m_bookkept = false;
    }

    // After the frame: until the panel has marked the key used and kept the call in its
    // history (untimed, so the next call starts from the same state). False on timeout.
    bool waitForBookkeeping() { return runUntil(m_bookkeeping, m_bookkept); }

    // False on timeout.
    bool wait() { return runUntil(m_loop, m_painted); }

    // When the sandbox wrote its answer, and when the panel had filled its widgets with it.
    double answeredMs() const { return m_answeredMs; }
    double finishedMs() const { return m_finishedMs; }
    int status() const { return m_status; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_body && event->type() == QEvent::Paint && m_finishedMs >= 0
            && !m_painted) {
            m_painted = true;
            m_loop.quit();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    // Runs `loop` (quit when `done` is set) unless `done` already is, for at most the call timeout.
    static bool runUntil(QEventLoop &loop, const bool &done)
    {
        if (!done) {
            QTimer timeout;
            timeout.setSingleShot(true);
            connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
            timeout.start(callTimeoutMs);
            loop.exec();
        }
        return done;
    }

    QWidget *m_body;
    QEventLoop m_loop;
    QEventLoop m_bookkeeping;
    QElapsedTimer m_clock;
    double m_answeredMs = -1;
    double m_finishedMs = -1;
    int m_status = 0;
    bool m_painted = false;
    bool m_bookkept = false;
};

// One request as curl sends it: the URL and the Authorization header from `keyrack-cli sign`,
// the header in a 0600 file so that it is on no command line.
struct PreSigned
{
    QString url;
    QString headerFile;
    QElapsedTimer age;
};

PreSigned sign(const QString &cli, const QString &dataDir, const QString &label,
               const QString &path, const QString &headerFile)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(cli,
                  {QStringLiteral("--data-dir"), dataDir, QStringLiteral("sign"), label,
                   QStringLiteral("GET"), path, QStringLiteral("--window"),
                   QString::number(signWindowMs), QStringLiteral("--json")});
    if (!process.waitForFinished(callTimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        die(QStringLiteral("%1 sign failed").arg(cli));
    }
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const QString url = json.value(QStringLiteral("url")).toString();
    const QByteArray authorization =
        json.value(QStringLiteral("authorization")).toString().toLatin1();
    if (url.isEmpty() || authorization.isEmpty()) {
        die(QStringLiteral("keyrack-cli sign gave no URL or no authorization"));
    }
    QFile::remove(headerFile);
    QFile file(headerFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write("Authorization: " + authorization + '\n') < 0 || !file.flush()) {
        die(QStringLiteral("cannot write %1").arg(headerFile));
    }
    PreSigned preSigned {url, headerFile, {}};
    preSigned.age.start();
    return preSigned;
}

struct CurlRun
{
    double wallMs = 0; // process start to exit
    double totalMs = 0; // curl's own %{time_total}
    int status = 0;
};

// Starts curl as a shell would (posix_spawn, found on PATH) and returns when it has exited. The
// sandbox answers from this process's event loop, so the loop runs while curl does: curl's exit
// is seen as the end of its standard output.
CurlRun runCurl(const QByteArray &curl, const PreSigned &request)
{
    const QByteArray header = '@' + QFile::encodeName(request.headerFile);
    const QByteArray url = request.url.toUtf8();
    const char *argv[] = {curl.constData(),
                          "-sS",
                          "-o",
                          "/dev/null",
                          "-w",
                          "%{http_code} %{time_total}\\n",
                          "-H",
                          header.constData(),
                          url.constData(),
                          nullptr};
    int out[2];
    if (::pipe2(out, O_CLOEXEC | O_NONBLOCK) != 0) {
        die(QStringLiteral("pipe failed"));
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);

    QByteArray output;
    QEventLoop loop;
    QSocketNotifier notifier(out[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, [&] {
        char buffer[256];
        for (;;) {
            const ssize_t got = ::read(out[0], buffer, sizeof buffer);
            if (got > 0) {
                output.append(buffer, got);
            } else {
                if (got == 0 || errno != EAGAIN) {
                    notifier.setEnabled(false);
                    loop.quit(); // end of file: curl has exited
                }
                return;
            }
        }
    });

    CurlRun run;
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    // posix_spawn takes char *const[]: it does not write to them.
    const int spawned = posix_spawnp(&pid, curl.constData(), &actions, nullptr,
                                     const_cast<char *const *>(argv), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    if (spawned != 0) {
        die(QStringLiteral("cannot run %1").arg(QString::fromLocal8Bit(curl)));
    }
    loop.exec();
    int waitStatus = 0;
    if (::waitpid(pid, &waitStatus, 0) != pid) {
        die(QStringLiteral("waitpid failed"));
    }
    run.wallMs = msSince(clock);
    ::close(out[0]);
    if (!WIFEXITED(waitStatus) || WEXITSTATUS(waitStatus) != 0) {
        die(QStringLiteral("curl failed"));
    }
    const QList<QByteArray> fields = output.trimmed().split(' ');
    run.status = fields.value(0).toInt();
    run.totalMs = fields.value(1).toDouble() * 1000;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    hardenProcess();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("keyrack"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keyrack"));
    // The sandbox's line per request would flood the output; it costs the panel's requests and
    // curl's alike.
    QLoggingCategory::setFilterRules(QStringLiteral("keyrack.sandbox.info=false"));

    QCommandLineParser parser;
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("keyrack-cli"),
                                       QStringLiteral("PATH"));
    const QCommandLineOption curlOption(QStringLiteral("curl"), QStringLiteral("curl"),
                                        QStringLiteral("PATH"), QStringLiteral("curl"));
    const QCommandLineOption repetitionsOption(QStringLiteral("repetitions"),
                                               QStringLiteral("timed calls per request"),
                                               QStringLiteral("N"), QStringLiteral("100"));
    parser.addOptions({cliOption, curlOption, repetitionsOption});
    parser.process(app);
    const QString cli = parser.value(cliOption);
    const QByteArray curl = QFile::encodeName(parser.value(curlOption));
    bool ok = false;
    const int repetitions = parser.value(repetitionsOption).toInt(&ok);
    if (cli.isEmpty() || !ok || repetitions < 1) {
        die(QStringLiteral("usage: bench_testcall --cli KEYRACK_CLI [--curl CURL] "
                           "[--repetitions N]"));
    }

    // As src/app/main.cpp builds the window, on a fresh data directory (the sandbox is started
    // before the window is shown rather than after its first paint: only the calls are timed).
    QTemporaryDir directory;
    if (!directory.isValid()) {
        die(QStringLiteral("no temporary directory"));
    }
    MetadataStore store(directory.path());
    KeychainVault vault;
    KeyRepository repository(&store, &vault);
    if (const Error loaded = repository.load(); loaded.isError()) {
        die(loaded.message);
    }
    store.setWatching(true);
    AppSettings settings;
    DialogPrompter prompter;
    TwoFactor twoFactor(&settings, &vault);
    prompter.twoFactor = &twoFactor;
    MainWindow window(&repository, &prompter, &settings);
    window.setTwoFactor(&twoFactor);
    SandboxServer sandbox(&repository);
    if (const Error started = sandbox.start(); started.isError()) {
        die(started.message);
    }
    SandboxAddress::publish(store.dataDir(), sandbox.url());
    window.setSandbox(&sandbox);
    window.resize(1460, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        die(QStringLiteral("the window was not exposed"));
    }

    // A sandbox key with the read right, its secret in the OS keychain.
    const QString label = QStringLiteral("bench test call");
    QUuid id;
    Error generateError;
    bool generated = false;
    repository.generate(label, {}, &RandomToken::generate,
                        [&](const Error &error, GeneratedKey key) {
                            generateError = error;
                            id = key.id;
                            generated = true;
                        });
    if (!QTest::qWaitFor([&generated] { return generated; }, callTimeoutMs)
        || generateError.isError() || id.isNull()) {
        die(QStringLiteral("cannot generate a key: %1").arg(generateError.message));
    }
    AccessRights read;
    read.set(Right::Read);
    if (const Error error = repository.setRights(id, read); error.isError()) {
        die(error.message);
    }

    // Ctrl+T opens the panel, as a user does.
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
    if (!QTest::qWaitFor([&window] { return window.testCallDock()->isVisible(); })) {
        die(QStringLiteral("Ctrl+T did not open the test-call panel"));
    }
    TestCallPanel *panel = window.testCallPanel();
    panel->selectKey(id);
    auto *endpoints = child<QComboBox>(panel, "endpointComboBox");
    auto *sendButton = child<QPushButton>(panel, "sendButton");
    auto *statusLabel = child<QLabel>(panel, "statusLabel");
    QWidget *body = child<QPlainTextEdit>(panel, "responseBodyPlainTextEdit")->viewport();
    if (!body->isVisible() || body->height() == 0) {
        die(QStringLiteral("the response body is not visible"));
    }
    ResponseShown shown(panel, &sandbox, body);

    struct Case
    {
        Case(const QString &name, const QString &catalogue, const QString &path)
            : name(name)
            , catalogue(catalogue)
            , path(path)
        { }

        QString name;
        QString catalogue; // the endpoint as the panel's list starts it
        QString path;
        PreSigned preSigned;
        QList<double> panelMs, answeredMs, finishedMs, curlMs, curlTotalMs;
    };
    QList<Case> cases {{QStringLiteral("balance"), QStringLiteral("GET /spot/balance"),
                        QStringLiteral("/spot/balance")},
                       {QStringLiteral("public"), QStringLiteral("GET /public/symbol"),
                        QStringLiteral("/public/symbol")}};

    const auto panelCall = [&](Case &c, bool timed) {
        const int index = endpoints->findText(c.catalogue, Qt::MatchStartsWith);
        if (index < 0) {
            die(QStringLiteral("no endpoint %1 in the panel").arg(c.catalogue));
        }
        endpoints->setCurrentIndex(index);
        Q_EMIT endpoints->activated(index);
        QCoreApplication::processEvents();
        if (!sendButton->isEnabled()) {
            die(QStringLiteral("Send is disabled: %1").arg(statusLabel->text()));
        }
        QElapsedTimer clock;
        clock.start();
        shown.start(clock);
        QTest::mouseClick(sendButton, Qt::LeftButton);
        if (!shown.wait()) {
            die(QStringLiteral("%1: no response shown within %2 ms: %3")
                    .arg(c.name)
                    .arg(callTimeoutMs)
                    .arg(statusLabel->text()));
        }
        const double ms = msSince(clock);
        if (!shown.waitForBookkeeping()) {
            die(QStringLiteral("%1: the call was never finished").arg(c.name));
        }
        if (shown.status() != 200 || !statusLabel->text().contains(QStringLiteral("HTTP 200"))) {
            die(QStringLiteral("%1: %2").arg(c.name, statusLabel->text()));
        }
        if (timed) {
            c.panelMs.append(ms);
            c.answeredMs.append(shown.answeredMs());
            c.finishedMs.append(shown.finishedMs());
        }
    };
    const auto curlCall = [&](Case &c, bool timed) {
        if (c.preSigned.url.isEmpty() || c.preSigned.age.elapsed() > resignAfterMs) {
            c.preSigned = sign(cli, store.dataDir(), label, c.path,
                               directory.filePath(c.name + QStringLiteral(".header")));
        }
        const CurlRun run = runCurl(curl, c.preSigned);
        if (run.status != 200) {
            die(QStringLiteral("%1: curl got HTTP %2").arg(c.name).arg(run.status));
        }
        if (timed) {
            c.curlMs.append(run.wallMs);
            c.curlTotalMs.append(run.totalMs);
        }
    };

    for (int i = -warmUp; i < repetitions; ++i) {
        for (Case &c : cases) {
            panelCall(c, i >= 0);
            // curl twice, the second timed: a successful panel call marks the key used, so the
            // sandbox drops its cached secret and the window follows the change, which slows the
            // next request down; someone running curl in a loop meets neither.
            curlCall(c, false);
            curlCall(c, i >= 0);
        }
    }

    for (const Case &c : cases) {
        const QString path = QUrl(c.preSigned.url).path();
        std::printf("case=%s path=%s repetitions=%d panel_median_ms=%.3f panel_p90_ms=%.3f "
                    "panel_answered_median_ms=%.3f panel_finished_median_ms=%.3f "
                    "curl_median_ms=%.3f curl_p90_ms=%.3f "
                    "curl_total_median_ms=%.3f curl_total_p90_ms=%.3f\n",
                    qPrintable(c.name), qPrintable(path), repetitions, median(c.panelMs),
                    percentile(c.panelMs, 90), median(c.answeredMs), median(c.finishedMs),
                    median(c.curlMs), percentile(c.curlMs, 90), median(c.curlTotalMs),
                    percentile(c.curlTotalMs, 90));
    }
    std::fflush(stdout);

    bool removed = false;
    repository.remove(id, [&removed](const Error &) { removed = true; });
    if (!QTest::qWaitFor([&removed] { return removed; }, callTimeoutMs)) {
        std::fprintf(stderr, "bench_testcall: the key was not removed\n");
    }
    window.setSandbox(nullptr); // as src/app/main.cpp: the window outlives the sandbox here
    SandboxAddress::withdraw(store.dataDir());
    return 0;
}
