#include "appsettings.h"

namespace {

QSettings::Format format()
{
    return QSettings::IniFormat;
}

} // namespace

AppSettings::AppSettings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(fileName.isEmpty()
                     ? QSettings(format(), QSettings::UserScope, QStringLiteral("Keyrack"),
                                 QStringLiteral("keyrack"))
                           .fileName()
                     : fileName,
                 format())
{ }

AppSettings::~AppSettings() = default;

void AppSettings::write(const QString &key, const QVariant &value)
{
    if (m_settings.value(key) == value) {
        return;
    }
    m_settings.setValue(key, value);
    m_settings.sync();
    Q_EMIT changed();
}

int AppSettings::clipboardClearSeconds() const
{
    return std::clamp(
        m_settings.value(QStringLiteral("clipboard/clearSeconds"), defaultClipboardClearSeconds)
            .toInt(),
        5, 600);
}

void AppSettings::setClipboardClearSeconds(int seconds)
{
    write(QStringLiteral("clipboard/clearSeconds"), std::clamp(seconds, 5, 600));
}

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("interface/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    write(QStringLiteral("interface/language"), language);
}

bool AppSettings::twoFactorEnabled() const
{
    return m_settings.value(QStringLiteral("twoFactor/enabled"), false).toBool();
}

void AppSettings::setTwoFactorEnabled(bool enabled)
{
    write(QStringLiteral("twoFactor/enabled"), enabled);
}

qint64 AppSettings::lastTotpStep() const
{
    return m_settings.value(QStringLiteral("twoFactor/lastStep"), -1).toLongLong();
}

void AppSettings::setLastTotpStep(qint64 step)
{
    write(QStringLiteral("twoFactor/lastStep"), step);
}

int AppSettings::auditReminderDays() const
{
    return std::clamp(
        m_settings.value(QStringLiteral("audit/reminderDays"), defaultAuditReminderDays).toInt(), 1,
        3650);
}

void AppSettings::setAuditReminderDays(int days)
{
    write(QStringLiteral("audit/reminderDays"), std::clamp(days, 1, 3650));
}

bool AppSettings::confirmSandboxStateChangingCalls() const
{
    return m_settings.value(QStringLiteral("calls/confirmSandbox"), true).toBool();
}

void AppSettings::setConfirmSandboxStateChangingCalls(bool confirm)
{
    write(QStringLiteral("calls/confirmSandbox"), confirm);
}

bool AppSettings::keepCallHistory() const
{
    return m_settings.value(QStringLiteral("calls/keepHistory"), true).toBool();
}

void AppSettings::setKeepCallHistory(bool keep)
{
    write(QStringLiteral("calls/keepHistory"), keep);
}

bool AppSettings::keepRequestBodies() const
{
    return m_settings.value(QStringLiteral("calls/keepBodies"), false).toBool();
}

void AppSettings::setKeepRequestBodies(bool keep)
{
    write(QStringLiteral("calls/keepBodies"), keep);
}
