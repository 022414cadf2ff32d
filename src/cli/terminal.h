#pragma once

#include "core/secret.h"

#include <QString>

// The terminal side of keyrack-cli: prompts that never echo a secret, and confirmations.
namespace Terminal {
bool stdinIsTerminal();
// Reads a secret: from a no-echo prompt on a terminal, else all of standard input (at most
// `maxBytes`, surrounding white space dropped). Sets *error on failure.
Secret readSecret(const QString &prompt, qsizetype maxBytes, QString *error);
// Asks a yes/no question on the terminal; anything but "y" or "yes" is no.
bool confirm(const QString &question);
void printOut(const QString &text);
void printErr(const QString &text);
} // namespace Terminal
