#pragma once

#include <QString>
#include <QStringList>

// Keyrack's user interface languages, compiled into the binaries (translations/*.ts).
namespace Translations {

// The languages Keyrack speaks besides English, as ISO 639-1 codes.
QStringList available();

// Installs Keyrack's translation, and Qt's own for standard buttons and dialogs, on the running
// application: `language` is a code of available(), "en", or empty for the system's locale.
// Returns the language now in use ("en" when there is no translation for it).
QString install(const QString &language);

} // namespace Translations
