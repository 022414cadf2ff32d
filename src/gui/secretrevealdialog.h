#pragma once

#include "core/secret.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SecretRevealDialog;
}

// Shows a new key's secret the one time it is ever shown. It will not close until the user
// confirms having saved it; on closing, the secret is wiped from its widgets and memory.
class SecretRevealDialog : public QDialog
{
    Q_OBJECT
public:
    SecretRevealDialog(const QString &publicKey, Secret secret, int clipboardClearSeconds,
                       QWidget *parent = nullptr);
    ~SecretRevealDialog() override;

    void done(int result) override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void forgetSecret();

    std::unique_ptr<Ui::SecretRevealDialog> m_ui;
    Secret m_secret;
    int m_clipboardClearSeconds;
};
