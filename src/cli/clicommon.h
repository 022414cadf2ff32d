#pragma once

// What the keyrack-cli commands share: the translation context, the common options and output
// helpers.

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {

inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CliApp", text, disambiguation, n);
}

inline const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                              QStringLiteral("Use DIR as the data directory."),
                                              QStringLiteral("DIR"));
inline const QCommandLineOption jsonOption(QStringLiteral("json"),
                                           QStringLiteral("Print JSON instead of text."));
inline const QCommandLineOption
    yesOption(QStringLiteral("yes"),
              QStringLiteral("Confirm without asking (needed when standard "
                             "input is not a terminal)."));
inline const QCommandLineOption
    labelOption(QStringLiteral("label"), QStringLiteral("The key's label."), QStringLiteral("L"));
inline const QCommandLineOption
    noteOption(QStringLiteral("note"), QStringLiteral("A note on the key."), QStringLiteral("N"));
inline const QCommandLineOption
    envOption(QStringLiteral("env"),
              QStringLiteral("sandbox, hitbtc, hitbtc-demo, or an https:// "
                             "base URL."),
              QStringLiteral("ENV"));
inline const QCommandLineOption publicKeyOption(QStringLiteral("public-key"),
                                                QStringLiteral("The public API key."),
                                                QStringLiteral("K"));
inline const QCommandLineOption grantOption(QStringLiteral("grant"),
                                            QStringLiteral("Rights to grant: read,trade,payment,"
                                                           "withdraw or all."),
                                            QStringLiteral("R"));
inline const QCommandLineOption revokeOption(QStringLiteral("revoke"),
                                             QStringLiteral("Rights to revoke: read,trade,payment,"
                                                            "withdraw or all."),
                                             QStringLiteral("R"));

inline const QCommandLineOption queryOption(QStringLiteral("query"),
                                            QStringLiteral("The query, exactly as sent (encoded)."),
                                            QStringLiteral("Q"));
inline const QCommandLineOption bodyOption(QStringLiteral("body"),
                                           QStringLiteral("The body, exactly as sent."),
                                           QStringLiteral("B"));
inline const QCommandLineOption timestampOption(QStringLiteral("timestamp"),
                                                QStringLiteral("Unix time in milliseconds "
                                                               "(default: now)."),
                                                QStringLiteral("MS"));
inline const QCommandLineOption windowOption(QStringLiteral("window"),
                                             QStringLiteral("Signature window in milliseconds "
                                                            "(1-60000)."),
                                             QStringLiteral("MS"));
inline const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                              QStringLiteral("Give up after MS milliseconds "
                                                             "(default 15000)."),
                                              QStringLiteral("MS"));
inline const QCommandLineOption basicOption(QStringLiteral("basic"),
                                            QStringLiteral("Use Basic authentication, which sends "
                                                           "the secret itself (not recommended)."));
inline const QCommandLineOption portOption(QStringLiteral("port"),
                                           QStringLiteral("TCP port (default 0: any free port)."),
                                           QStringLiteral("N"));
inline const QCommandLineOption hostOption(QStringLiteral("host"),
                                           QStringLiteral("Address to listen on (default "
                                                          "127.0.0.1)."),
                                           QStringLiteral("H"));
inline const QCommandLineOption rateLimitOption(QStringLiteral("rate-limit"),
                                                QStringLiteral("Requests per second and key before "
                                                               "429 (default: no limit)."),
                                                QStringLiteral("N"));

inline const QCommandLineOption allOption(QStringLiteral("all"), QStringLiteral("Every key."));
inline const QCommandLineOption includeWithdrawOption(
    QStringLiteral("include-withdraw"),
    QStringLiteral("Also probe the withdraw right on a real exchange (it asks to roll back a "
                   "withdrawal that does not exist)."));
inline const QCommandLineOption reportOption(QStringLiteral("report"),
                                             QStringLiteral("Write the audit report of all keys to "
                                                            "FILE (.html, .json or .csv)."),
                                             QStringLiteral("FILE"));

inline const QCommandLineOption removeOption(QStringLiteral("remove"),
                                             QStringLiteral("Remove the orphaned keychain entry "
                                                            "ID (may be repeated)."),
                                             QStringLiteral("ID"));
inline const QCommandLineOption removeAllOption(QStringLiteral("remove-all"),
                                                QStringLiteral("Remove every orphaned keychain "
                                                               "entry."));

inline QString json(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace Cli
