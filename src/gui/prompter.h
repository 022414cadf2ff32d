#pragma once

#include "core/apikey.h"
#include "gui/newkeydialog.h"

#include <optional>

class QWidget;
class TwoFactor;

// The questions the main window asks the user. Behind an interface so that tests can answer
// them without a modal dialog; DialogPrompter asks with the real dialogs.
class Prompter
{
public:
    virtual ~Prompter();
    virtual std::optional<NewKeyRequest> askNewKey(QWidget *parent,
                                                   NewKeyDialog::Validator validator) = 0;
    virtual void revealSecret(QWidget *parent, const QString &publicKey, Secret secret) = 0;
    virtual bool confirmGrant(QWidget *parent, const ApiKey &key, AccessRights granted) = 0;
    virtual bool confirmDelete(QWidget *parent, const ApiKey &key) = 0;
    virtual void showError(QWidget *parent, const QString &title, const QString &message) = 0;
    // A yes/no question whose "yes" button says what it does; `details` is shown in full
    // (monospace), e.g. the exact request about to be sent.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &details, const QString &acceptText) = 0;
};

class DialogPrompter : public Prompter
{
public:
    int clipboardClearSeconds = 30;
    // When set and its codes are on, confirmGrant asks for a current two-factor code.
    TwoFactor *twoFactor = nullptr;

    std::optional<NewKeyRequest> askNewKey(QWidget *parent,
                                           NewKeyDialog::Validator validator) override;
    void revealSecret(QWidget *parent, const QString &publicKey, Secret secret) override;
    bool confirmGrant(QWidget *parent, const ApiKey &key, AccessRights granted) override;
    bool confirmDelete(QWidget *parent, const ApiKey &key) override;
    void showError(QWidget *parent, const QString &title, const QString &message) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &details,
                 const QString &acceptText) override;
};
