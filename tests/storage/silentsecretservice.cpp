// A Secret Service that never answers, as a keyring waiting forever at an unlock prompt:
//   silentsecretservice -- COMMAND...
// owns org.freedesktop.secrets on the current session bus, swallows every method call without a
// reply, runs COMMAND meanwhile and exits with its exit code.
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QProcess>

#include <cstdio>

namespace {

class SilentObject : public QDBusVirtualObject
{
public:
    using QDBusVirtualObject::QDBusVirtualObject;

    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &) override
    {
        std::fprintf(stderr, "silentsecretservice: no answer to %s.%s on %s\n",
                     qPrintable(message.interface()), qPrintable(message.member()),
                     qPrintable(message.path()));
        return true; // handled: Qt sends no error either, so the caller waits
    }
};

int fail(const char *why)
{
    std::fprintf(stderr, "silentsecretservice: %s\n", why);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList command = app.arguments().mid(1);
    if (command.value(0) != u"--" || command.size() < 2) {
        return fail("usage: silentsecretservice -- COMMAND...");
    }
    command.removeFirst();

    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return fail("no D-Bus session (run under dbus-run-session)");
    }
    SilentObject silent;
    if (!bus.registerVirtualObject(QStringLiteral("/"), &silent, QDBusConnection::SubPath)) {
        return fail("cannot register the object tree");
    }
    // Owning the name is what makes clients talk to us instead of activating a real keyring.
    const auto owned = bus.interface()->registerService(
        QStringLiteral("org.freedesktop.secrets"), QDBusConnectionInterface::DontQueueService,
        QDBusConnectionInterface::DontAllowReplacement);
    if (!owned.isValid() || owned.value() != QDBusConnectionInterface::ServiceRegistered) {
        return fail("cannot own org.freedesktop.secrets: is a keyring already running?");
    }

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.setInputChannelMode(QProcess::ForwardedInputChannel);
    QObject::connect(&child, &QProcess::finished, &app,
                     [&app](int exitCode, QProcess::ExitStatus status) {
                         app.exit(status == QProcess::NormalExit ? exitCode : 125);
                     });
    QObject::connect(&child, &QProcess::errorOccurred, &app, [&app](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            std::fprintf(stderr, "silentsecretservice: the command did not start\n");
            app.exit(2);
        }
    });
    child.start(command.first(), command.mid(1));
    return app.exec();
}
