#pragma once

#include <QObject>
#include <QSettings>

// Keyrack's preferences, kept with QSettings. Nothing secret lives here: the TOTP secret is in
// the keychain, and the call history holds no secret, signature or (unless asked) body.
class AppSettings : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultClipboardClearSeconds = 30;
    static constexpr int defaultAuditReminderDays = 30;

    // `fileName` empty: the user's settings (~/.config/Keyrack/keyrack.conf).
    explicit AppSettings(const QString &fileName = {}, QObject *parent = nullptr);
    ~AppSettings() override;

    int clipboardClearSeconds() const;
    void setClipboardClearSeconds(int seconds);

    bool twoFactorEnabled() const;
    void setTwoFactorEnabled(bool enabled);
    // The last TOTP time step accepted, so a code is never accepted twice.
    qint64 lastTotpStep() const;
    void setLastTotpStep(qint64 step);

    int auditReminderDays() const;
    void setAuditReminderDays(int days);

    // State-changing test calls (orders, cancels, withdrawals) always ask first on an exchange;
    // on the sandbox the user may turn the question off.
    bool confirmSandboxStateChangingCalls() const;
    void setConfirmSandboxStateChangingCalls(bool confirm);

    // The interface language: "de", "ru", "en", or empty for the system's.
    QString language() const;
    void setLanguage(const QString &language);

    bool keepCallHistory() const;
    void setKeepCallHistory(bool keep);
    bool keepRequestBodies() const;
    void setKeepRequestBodies(bool keep);

    // The raw store, for the call history.
    QSettings &store() { return m_settings; }

Q_SIGNALS:
    void changed();

private:
    void write(const QString &key, const QVariant &value);

    QSettings m_settings;
};
