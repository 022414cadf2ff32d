#pragma once

#include "core/apikey.h"
#include "core/error.h"

#include <QCommandLineParser>
#include <QStringList>

#include <functional>
#include <memory>

class KeyRepository;
class MetadataStore;
class SecretVault;

// keyrack-cli: every command of the window, from a shell. Exit codes are documented in the
// README and in --help.
class CliApp
{
public:
    enum ExitCode {
        Ok = 0,
        Usage = 1,
        NotFound = 2,
        Keychain = 3,
        DataFile = 4,
        HttpError = 5,
        NetworkError = 6,
        RightsDiffer = 7,
    };

    CliApp();
    ~CliApp();

    int run(const QStringList &arguments);
    static int exitCodeFor(const Error &error);

private:
    using Command = int (CliApp::*)(QCommandLineParser &);
    struct CommandSpec
    {
        QString name;
        QString synopsis;
        QString description;
        Command handler;
        std::function<void(QCommandLineParser &)> addOptions;
    };

    QList<CommandSpec> commands() const;
    int usage(const QString &message) const;
    int fail(const Error &error) const;
    QString generalHelp() const;
    Error openRepository(const QCommandLineParser &parser);
    Error requireKey(const QCommandLineParser &parser, ApiKey *key, qsizetype arguments = 1);
    // Runs an asynchronous repository call to its end in a local event loop.
    // Asks for and checks a two-factor code when they are on; ok when they are off.
    Error checkSecondFactor();
    void waitFor(const std::function<void(std::function<void()> finished)> &start);

    int cmdList(QCommandLineParser &parser);
    int cmdImport(QCommandLineParser &parser);
    int cmdGenerate(QCommandLineParser &parser);
    int cmdEnable(QCommandLineParser &parser);
    int cmdDisable(QCommandLineParser &parser);
    int setEnabled(QCommandLineParser &parser, bool enabled);
    int cmdRights(QCommandLineParser &parser);
    int cmdDelete(QCommandLineParser &parser);
    int cmdSign(QCommandLineParser &parser);
    int cmdCall(QCommandLineParser &parser);
    int cmdSandbox(QCommandLineParser &parser);
    int cmdAudit(QCommandLineParser &parser);
    int cmdOrphans(QCommandLineParser &parser);
    // The request of sign/call from the command line, and the key's base URL.
    Error requestFromArguments(const QCommandLineParser &parser, const ApiKey &key,
                               struct ApiRequest *request);

    std::unique_ptr<MetadataStore> m_store;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<KeyRepository> m_repository;
    QString m_dataDir;
};
