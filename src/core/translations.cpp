#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

const QString resourceDir = QStringLiteral(":/i18n");

} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("de"), QStringLiteral("ru")};
}

QString Translations::install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        // The source texts are English; only their plural forms ("%n key(s)") need a file.
        auto *plurals = new QTranslator(QCoreApplication::instance());
        if (plurals->load(QStringLiteral("keyrack_en"), resourceDir)) {
            QCoreApplication::installTranslator(plurals);
        } else {
            delete plurals;
        }
        return QStringLiteral("en");
    }
    auto *keyrack = new QTranslator(QCoreApplication::instance());
    // load(locale, ...) tries the locale's UI languages in order (de_AT, then de, ...).
    if (!keyrack->load(locale, QStringLiteral("keyrack"), QStringLiteral("_"), resourceDir)) {
        delete keyrack;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(keyrack);
    // Qt's own words (OK, Cancel, the file dialog), from the system's Qt translations if present.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return QLocale(keyrack->language()).name().section(u'_', 0, 0);
}
