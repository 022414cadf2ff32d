#pragma once

#include "core/environment.h"
#include "core/secret.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class NewKeyDialog;
}

// What the "New API key" dialog asks for: a sandbox key to generate, or an exchange key to
// import (the secret in a masked field).
struct NewKeyRequest
{
    Environment environment;
    QString label;
    QString publicKey; // import only
    QString note;
    Secret secret; // import only
};

class NewKeyDialog : public QDialog
{
    Q_OBJECT
public:
    // Returns a problem with the request (empty when it is fine), e.g. a duplicate public key.
    using Validator = std::function<QString(const NewKeyRequest &request)>;

    explicit NewKeyDialog(Validator validator, QWidget *parent = nullptr);
    ~NewKeyDialog() override;

    // The request, once accepted; the secret moves out.
    NewKeyRequest takeRequest();
    void accept() override;
    void done(int result) override;

private:
    bool isImport() const;
    std::optional<Environment> chosenEnvironment(QString *problem) const;
    QString problem() const;
    void updateState();

    std::unique_ptr<Ui::NewKeyDialog> m_ui;
    Validator m_validator;
    NewKeyRequest m_request;
};
