#pragma once

#include "core/apikey.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConfirmGrantDialog;
}

class TwoFactor;

// Asks before a key is given the power to trade or withdraw, naming the key and the power.
// With two-factor codes on, a current code is required and checked before it accepts.
class ConfirmGrantDialog : public QDialog
{
    Q_OBJECT
public:
    ConfirmGrantDialog(const ApiKey &key, AccessRights granted, QWidget *parent = nullptr);
    // `twoFactor` may be null: then, as when its codes are off, no code is asked for.
    ConfirmGrantDialog(const ApiKey &key, AccessRights granted, TwoFactor *twoFactor,
                       QWidget *parent = nullptr);
    ~ConfirmGrantDialog() override;

    void accept() override;

private:
    void setBusy(bool busy);
    void refuse(const QString &message);

    std::unique_ptr<Ui::ConfirmGrantDialog> m_ui;
    TwoFactor *m_twoFactor = nullptr; // null when no code is asked for
    bool m_busy = false;
};
