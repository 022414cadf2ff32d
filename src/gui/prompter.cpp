#include "prompter.h"

#include "gui/confirmgrantdialog.h"
#include "gui/secretrevealdialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DialogPrompter", text);
}
} // namespace

Prompter::~Prompter() = default;

std::optional<NewKeyRequest> DialogPrompter::askNewKey(QWidget *parent,
                                                       NewKeyDialog::Validator validator)
{
    NewKeyDialog dialog(std::move(validator), parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.takeRequest();
}

void DialogPrompter::revealSecret(QWidget *parent, const QString &publicKey, Secret secret)
{
    SecretRevealDialog dialog(publicKey, std::move(secret), clipboardClearSeconds, parent);
    dialog.exec();
}

bool DialogPrompter::confirmGrant(QWidget *parent, const ApiKey &key, AccessRights granted)
{
    ConfirmGrantDialog dialog(key, granted, twoFactor, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool DialogPrompter::confirmDelete(QWidget *parent, const ApiKey &key)
{
    QMessageBox box(QMessageBox::Warning, tr("Delete API key"),
                    tr("Delete \u201c%1\u201d (%2, public key %3)?")
                        .arg(key.label, key.environment.displayName(), key.publicKey),
                    QMessageBox::Cancel, parent);
    box.setInformativeText(
        tr("A deleted API key can not be retrieved and can not be used to "
           "authenticate requests. Its secret is removed from the OS keychain."));
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

void DialogPrompter::showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::warning(parent, title, message);
}

bool DialogPrompter::confirm(QWidget *parent, const QString &title, const QString &text,
                             const QString &details, const QString &acceptText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    if (!details.isEmpty()) {
        box.setInformativeText(QStringLiteral("<pre>%1</pre>").arg(details.toHtmlEscaped()));
    }
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}
