#include "apikey.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("KeyValidation", text);
}

int rightIndex(Right right)
{
    switch (right) {
    case Right::Read:
        return 0;
    case Right::Trade:
        return 1;
    case Right::Payment:
        return 2;
    case Right::Withdraw:
        return 3;
    }
    return 0;
}

bool hasControlCharacter(const QString &text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            return true;
        }
    }
    return false;
}
} // namespace

Observed AuditResult::observed(Right right) const
{
    return rights[static_cast<size_t>(rightIndex(right))];
}

void AuditResult::setObserved(Right right, Observed value)
{
    rights[static_cast<size_t>(rightIndex(right))] = value;
}

QString AuditResult::observedName(Observed value)
{
    switch (value) {
    case Observed::Unknown:
        return QStringLiteral("unknown");
    case Observed::Yes:
        return QStringLiteral("yes");
    case Observed::No:
        return QStringLiteral("no");
    case Observed::NotProbed:
        return QStringLiteral("not-probed");
    }
    return {};
}

std::optional<Observed> AuditResult::observedFromName(const QString &name)
{
    for (Observed value : {Observed::Unknown, Observed::Yes, Observed::No, Observed::NotProbed}) {
        if (observedName(value) == name) {
            return value;
        }
    }
    return std::nullopt;
}

namespace KeyValidation {

QString checkLabel(const QString &label)
{
    if (label.isEmpty()) {
        return tr("The label is empty: give the key a name you will recognise.");
    }
    if (label.size() > maxLabelLength) {
        return tr("The label is longer than %1 characters.").arg(maxLabelLength);
    }
    if (hasControlCharacter(label)) {
        return tr("The label contains control characters.");
    }
    return {};
}

QString checkPublicKey(const QString &publicKey)
{
    if (publicKey.isEmpty()) {
        return tr("The public key is empty.");
    }
    if (publicKey.size() > maxKeyLength) {
        return tr("The public key is longer than %1 characters: check that you pasted only "
                  "the key.")
            .arg(maxKeyLength);
    }
    if (hasControlCharacter(publicKey)) {
        return tr("The public key contains control characters: check that you pasted only the "
                  "key.");
    }
    for (QChar c : publicKey) {
        if (c.isSpace()) {
            return tr("The public key contains spaces: check that you pasted only the key.");
        }
    }
    return {};
}

QString checkSecret(const QByteArray &secret)
{
    if (secret.isEmpty()) {
        return tr("The secret key is empty.");
    }
    if (secret.size() > maxKeyLength) {
        return tr("The secret key is longer than %1 characters: check that you pasted only the "
                  "secret.")
            .arg(maxKeyLength);
    }
    for (char c : secret) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7F) {
            return tr("The secret key contains control characters: check that you pasted only "
                      "the secret.");
        }
        if (byte == ' ') {
            return tr("The secret key contains spaces: check that you pasted only the secret.");
        }
    }
    if (!secret.isValidUtf8()) {
        return tr("The secret key is not valid text.");
    }
    return {};
}

QString checkNote(const QString &note)
{
    if (note.size() > maxNoteLength) {
        return tr("The note is longer than %1 characters.").arg(maxNoteLength);
    }
    return {};
}

} // namespace KeyValidation
