#pragma once

#include "core/apikey.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConfirmGrantDialog;
}

// Asks before a key is given the power to trade or withdraw, naming the key and the power.
class ConfirmGrantDialog : public QDialog
{
    Q_OBJECT
public:
    ConfirmGrantDialog(const ApiKey &key, AccessRights granted, QWidget *parent = nullptr);
    ~ConfirmGrantDialog() override;

private:
    std::unique_ptr<Ui::ConfirmGrantDialog> m_ui;
};
