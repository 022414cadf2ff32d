#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

class AppSettings;
class TwoFactor;

// Keyrack's preferences. The plain values are saved to AppSettings on OK. Two-factor codes are
// switched through TwoFactor: turning them on runs the enrolment dialog and takes effect when
// its first code checks out; turning them off needs a current code and happens on OK.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppSettings *settings, TwoFactor *twoFactor, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;
    void done(int result) override;

private:
    void twoFactorToggled(bool checked);
    void setTwoFactorChecked(bool checked);
    void updateTwoFactorState();
    void setBusy(bool busy);
    void showProblem(const QString &message);
    void save();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings *m_settings;
    TwoFactor *m_twoFactor;
    bool m_busy = false;
};
