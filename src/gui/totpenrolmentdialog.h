#pragma once

#include "core/secret.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TotpEnrolmentDialog;
}

class TwoFactor;

// Sets up two-factor codes: shows a fresh TOTP secret as a QR code, an otpauth:// URI and
// base32 text, and turns the second factor on only once a first code from the authenticator
// app checks out. Everything secret is wiped from its widgets and memory on closing.
class TotpEnrolmentDialog : public QDialog
{
    Q_OBJECT
public:
    TotpEnrolmentDialog(TwoFactor *twoFactor, int clipboardClearSeconds, QWidget *parent = nullptr);
    ~TotpEnrolmentDialog() override;

    void accept() override;
    void done(int result) override;

private:
    void setBusy(bool busy);
    void showProblem(const QString &message);
    void forgetSecret();

    std::unique_ptr<Ui::TotpEnrolmentDialog> m_ui;
    TwoFactor *m_twoFactor;
    Secret m_key;
    QString m_uri;
    int m_clipboardClearSeconds;
    bool m_busy = false;
};
