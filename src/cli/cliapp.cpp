#include "cliapp.h"

#include "cli/clicommon.h"
#include "cli/terminal.h"
#include "net/randomtoken.h"
#include "storage/appsettings.h"
#include "storage/keychainvault.h"
#include "storage/keyrepository.h"
#include "storage/metadatajson.h"
#include "storage/metadatastore.h"
#include "storage/twofactor.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Cli;

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject keyJson(const ApiKey &key)
{
    return MetadataJson::keyToJson(key);
}

QString rightsText(AccessRights rights)
{
    if (rights.isNone()) {
        return QCoreApplication::translate("CliApp", "none");
    }
    return rights.isAll() ? QCoreApplication::translate("CliApp", "all")
                          : rights.shortNames().join(u',');
}

// Pads each column of a text table to its widest cell.
QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i) {
                widths.append(0);
            }
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        }
        out += line.trimmed() + u'\n';
    }
    return out;
}

} // namespace

CliApp::CliApp() = default;
CliApp::~CliApp() = default;

int CliApp::exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::None:
        return Ok;
    case ErrorKind::Invalid:
    case ErrorKind::Cancelled:
        return Usage;
    case ErrorKind::NotFound:
    case ErrorKind::Ambiguous:
        return NotFound;
    case ErrorKind::Keychain:
        return Keychain;
    case ErrorKind::DataFile:
        return DataFile;
    case ErrorKind::Network:
        return NetworkError;
    }
    return Usage;
}

QList<CliApp::CommandSpec> CliApp::commands() const
{
    const auto none = [](QCommandLineParser &) {
    };
    return {
        {QStringLiteral("list"), QStringLiteral("list [--json]"),
         tr("List the keys (never a secret)."), &CliApp::cmdList,
         [](QCommandLineParser &p) {
             p.addOption(jsonOption);
         }},
        {QStringLiteral("import"),
         QStringLiteral("import --label L --env ENV --public-key K [--note N] [--json]"),
         tr("Import a key created on an exchange. The secret is read from standard input, or "
            "from a prompt that does not echo on a terminal; never from an argument."),
         &CliApp::cmdImport,
         [](QCommandLineParser &p) {
             p.addOptions({labelOption, envOption, publicKeyOption, noteOption, jsonOption});
         }},
        {QStringLiteral("generate"), QStringLiteral("generate --label L [--note N] [--json]"),
         tr("Create a sandbox key with no rights and print its secret, this once."),
         &CliApp::cmdGenerate,
         [](QCommandLineParser &p) {
             p.addOptions({labelOption, noteOption, jsonOption});
         }},
        {QStringLiteral("enable"), QStringLiteral("enable KEY"),
         tr("Switch a key ON (it may sign requests)."), &CliApp::cmdEnable, none},
        {QStringLiteral("disable"), QStringLiteral("disable KEY"),
         tr("Switch a key OFF (revoked: Keyrack never signs with it; the sandbox refuses it)."),
         &CliApp::cmdDisable, none},
        {QStringLiteral("rights"),
         QStringLiteral("rights KEY [--grant R,..] [--revoke R,..] [--yes] [--json]"),
         tr("Show or change a key's rights (R: read, trade, payment, withdraw, all). Granting "
            "trade or withdraw asks for confirmation."),
         &CliApp::cmdRights,
         [](QCommandLineParser &p) {
             p.addOptions({grantOption, revokeOption, yesOption, jsonOption});
         }},
        {QStringLiteral("sign"),
         QStringLiteral("sign KEY METHOD PATH [--query Q] [--body B] [--timestamp MS] "
                        "[--window MS] [--json]"),
         tr("Print the HS256 string to sign, signature and Authorization header for a request, "
            "for debugging your own signing code. PATH may start with /api/3 or not; Q is the "
            "exact encoded query."),
         &CliApp::cmdSign,
         [](QCommandLineParser &p) {
             p.addOptions({queryOption, bodyOption, timestampOption, windowOption, jsonOption});
         }},
        {QStringLiteral("call"),
         QStringLiteral("call KEY METHOD PATH [--query Q] [--body B] [--window MS] "
                        "[--timeout MS] [--basic] [--json]"),
         tr("Send one signed request and print the status and the body. Exit 0 on 2xx, 5 on an "
            "HTTP error status, 6 on a network error."),
         &CliApp::cmdCall,
         [](QCommandLineParser &p) {
             p.addOptions(
                 {queryOption, bodyOption, windowOption, timeoutOption, basicOption, jsonOption});
         }},
        {QStringLiteral("audit"),
         QStringLiteral("audit (KEY | --all) [--include-withdraw] [--report FILE] [--json]"),
         tr("Probe the exchange to compare the rights each key really has with those it is "
            "declared to have, and store the result. Exit 0 when they match, 7 when they "
            "differ, 3 or 6 on keychain or network errors. The withdraw probe goes to a real "
            "exchange only with --include-withdraw. --report writes .html, .json or .csv."),
         &CliApp::cmdAudit,
         [](QCommandLineParser &p) {
             p.addOptions({allOption, includeWithdrawOption, reportOption, jsonOption});
         }},
        {QStringLiteral("sandbox"), QStringLiteral("sandbox [--port N] [--host H]"),
         tr("Run the sandbox exchange over this data directory's sandbox keys until SIGINT or "
            "SIGTERM. The first line printed is \"listening on http://HOST:PORT\"; then one "
            "line per request."),
         &CliApp::cmdSandbox,
         [](QCommandLineParser &p) {
             p.addOptions({portOption, hostOption, rateLimitOption});
         }},
        {QStringLiteral("orphans"),
         QStringLiteral("orphans [--json] | orphans (--remove ID.. | --remove-all) [--yes]"),
         tr("List the secrets Keyrack has in the OS keychain that belong to no key in the data "
            "file (left by a crash, or by restoring an old keys.json), by id; never a secret. "
            "--remove deletes such entries from the keychain for good (asks for confirmation); "
            "an id that has a key is refused: use delete for it."),
         &CliApp::cmdOrphans,
         [](QCommandLineParser &p) {
             p.addOptions({removeOption, removeAllOption, yesOption, jsonOption});
         }},
        {QStringLiteral("delete"), QStringLiteral("delete KEY [--yes]"),
         tr("Delete a key and its secret for good (asks for confirmation)."), &CliApp::cmdDelete,
         [](QCommandLineParser &p) {
             p.addOption(yesOption);
         }},
    };
}

QString CliApp::generalHelp() const
{
    QString text = tr("Usage: keyrack-cli [--data-dir DIR] COMMAND [OPTIONS]\n\n"
                      "Manage HitBTC API keys: metadata in the data directory, secrets in the OS "
                      "keychain.\n\nCommands:\n");
    for (const CommandSpec &command : commands()) {
        text += QStringLiteral("  %1\n      %2\n").arg(command.synopsis, command.description);
    }
    text += tr(
        "\nKEY is a label, an id or a public key.\n"
        "The data directory is --data-dir, else $KEYRACK_DATA_DIR, else ~/.local/share/keyrack.\n"
        "\nExit codes: 0 ok; 1 usage error, invalid input or declined confirmation; 2 key "
        "not found or ambiguous; 3 keychain error; 4 data file error; 5 HTTP error status; 6 "
        "network error; 7 audited rights differ from the declared ones.\n"
        "Run keyrack-cli COMMAND --help for a command's options.\n");
    return text;
}

int CliApp::usage(const QString &message) const
{
    Terminal::printErr(tr("keyrack-cli: %1\nRun keyrack-cli --help for usage.\n").arg(message));
    return Usage;
}

int CliApp::fail(const Error &error) const
{
    Terminal::printErr(tr("keyrack-cli: %1\n").arg(error.message));
    return exitCodeFor(error);
}

int CliApp::run(const QStringList &arguments)
{
    // The command is the first argument that is neither an option nor an option's value.
    QString commandName;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == u"--data-dir") {
            ++i;
            continue;
        }
        if (!arg.startsWith(u'-')) {
            commandName = arg;
            break;
        }
    }
    if (commandName.isEmpty()) {
        if (arguments.contains(QStringLiteral("--version"))) {
            Terminal::printOut(
                QStringLiteral("keyrack-cli %1\n").arg(QCoreApplication::applicationVersion()));
            return Ok;
        }
        if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))
            || arguments.size() <= 1) {
            Terminal::printOut(generalHelp());
            return arguments.size() <= 1 ? Usage : Ok;
        }
        return usage(tr("no command given"));
    }

    const QList<CommandSpec> all = commands();
    const auto spec = std::find_if(all.cbegin(), all.cend(),
                                   [&](const CommandSpec &c) { return c.name == commandName; });
    if (spec == all.cend()) {
        return usage(tr("unknown command \"%1\"").arg(commandName));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(spec->description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(dataDirOption);
    const QCommandLineOption helpOption = parser.addHelpOption();
    spec->addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), spec->synopsis);
    if (!parser.parse(arguments)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        Terminal::printOut(tr("Usage: keyrack-cli [--data-dir DIR] %1\n\n%2\n\nOptions:\n")
                               .arg(spec->synopsis, spec->description));
        QString options = parser.helpText();
        options = options.mid(options.indexOf(u"Options:") + 9);
        options = options.left(options.indexOf(u"Arguments:"));
        Terminal::printOut(options);
        return Ok;
    }
    return (this->*(spec->handler))(parser);
}

Error CliApp::openRepository(const QCommandLineParser &parser)
{
    const QString dataDir = MetadataStore::resolveDataDir(parser.value(dataDirOption));
    if (dataDir.isEmpty()) {
        return Error::make(ErrorKind::DataFile,
                           tr("No data directory: set HOME, KEYRACK_DATA_DIR or --data-dir."));
    }
    m_dataDir = dataDir;
    m_store = std::make_unique<MetadataStore>(dataDir);
    m_vault = std::make_unique<KeychainVault>();
    m_repository = std::make_unique<KeyRepository>(m_store.get(), m_vault.get());
    if (const Error error = m_repository->load(); error.isError()) {
        return error;
    }
    if (m_repository->needsRecovery()) {
        // A process that died mid-change left a trace: undo it before doing anything else.
        waitFor([this](std::function<void()> finished) {
            m_repository->recover([finished](const Error &error, int recovered) {
                if (error.isError()) {
                    Terminal::printErr(tr("keyrack-cli: warning: %1\n").arg(error.message));
                } else if (recovered > 0) {
                    Terminal::printErr(tr("keyrack-cli: tidied up %n unfinished change(s) left by "
                                          "a Keyrack process that stopped.\n",
                                          nullptr, recovered));
                }
                finished();
            });
        });
    }
    return Error::ok();
}

Error CliApp::requireKey(const QCommandLineParser &parser, ApiKey *key, qsizetype arguments)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        return Error::make(ErrorKind::Invalid, tr("name a key: a label, an id or a public key"));
    }
    if (positional.size() != arguments + 1) {
        return Error::make(
            ErrorKind::Invalid,
            arguments == 1
                ? tr("too many arguments: name one key")
                : tr("expected %1 arguments, got %2").arg(arguments).arg(positional.size() - 1));
    }
    if (const Error error = openRepository(parser); error.isError()) {
        return error;
    }
    return m_repository->find(positional[1], key);
}

Error CliApp::checkSecondFactor()
{
    AppSettings settings;
    TwoFactor twoFactor(&settings, m_vault.get());
    if (!twoFactor.isEnabled()) {
        return Error::ok();
    }
    QString readError;
    const Secret code =
        Terminal::readSecret(tr("Two-factor code from your authenticator app: "), 64, &readError);
    if (!readError.isEmpty()) {
        return Error::make(ErrorKind::Invalid,
                           tr("Two-factor codes are on: give the code from your authenticator "
                              "app on standard input (%1). Nothing was changed.")
                               .arg(readError));
    }
    Error result;
    waitFor([&](std::function<void()> finished) {
        twoFactor.verify(QString::fromLatin1(code.reveal()),
                         [&result, finished](const Error &error, bool ok) {
                             result = ok ? Error::ok() : error;
                             finished();
                         });
    });
    if (result.isError()) {
        result.message += u' ' + tr("Nothing was changed.");
    }
    return result;
}

void CliApp::waitFor(const std::function<void(std::function<void()> finished)> &start)
{
    QEventLoop loop;
    bool done = false;
    start([&loop, &done]() {
        done = true;
        loop.quit();
    });
    if (!done) {
        loop.exec();
    }
}

int CliApp::cmdList(QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1) {
        return usage(tr("list takes no arguments"));
    }
    if (const Error error = openRepository(parser); error.isError()) {
        return fail(error);
    }
    const QList<ApiKey> keys = m_repository->keys();
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const ApiKey &key : keys) {
            array.append(keyJson(key));
        }
        Terminal::printOut(json(array));
        return Ok;
    }
    if (keys.isEmpty()) {
        Terminal::printOut(tr("No keys yet. Create a sandbox key with\n"
                              "  keyrack-cli generate --label NAME\n"
                              "or import an exchange key with\n"
                              "  keyrack-cli import --label NAME --env hitbtc --public-key KEY\n"));
        return Ok;
    }
    QList<QStringList> rows {{tr("LABEL"), tr("ENVIRONMENT"), tr("PUBLIC KEY"), tr("STATUS"),
                              tr("RIGHTS"), tr("CREATED"), tr("LAST USED"), tr("ID")}};
    for (const ApiKey &key : keys) {
        rows.append(
            {key.label, key.environment.id(), key.publicKey, key.enabled ? tr("ON") : tr("OFF"),
             rightsText(key.rights), timeText(key.created),
             key.lastUsed.isValid() ? timeText(key.lastUsed) : tr("never"), key.idString()});
    }
    Terminal::printOut(table(rows));
    return Ok;
}

int CliApp::cmdImport(QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1) {
        return usage(tr("import takes no arguments; the secret is read from standard input"));
    }
    for (const QCommandLineOption &required : {labelOption, envOption, publicKeyOption}) {
        if (!parser.isSet(required)) {
            return usage(tr("import needs --%1").arg(required.names().first()));
        }
    }
    QString envError;
    const std::optional<Environment> environment =
        Environment::parse(parser.value(envOption), &envError);
    if (!environment) {
        return fail(Error::make(ErrorKind::Invalid, envError));
    }
    NewKey newKey {parser.value(labelOption), parser.value(publicKeyOption), *environment,
                   parser.value(noteOption)};
    // Check what can be checked before asking for the secret.
    if (const Error error = openRepository(parser); error.isError()) {
        return fail(error);
    }
    QByteArray placeholder("x");
    if (const Error error = m_repository->validate(&newKey, placeholder); error.isError()) {
        return fail(error);
    }
    QString readError;
    Secret secret =
        Terminal::readSecret(tr("Secret key for %1 (input hidden): ").arg(newKey.publicKey),
                             KeyValidation::maxKeyLength, &readError);
    if (!readError.isEmpty()) {
        return fail(Error::make(ErrorKind::Invalid, readError));
    }
    Error result;
    QUuid id;
    waitFor([&](std::function<void()> finished) {
        m_repository->importKey(newKey, std::move(secret),
                                [&result, &id, finished](const Error &error, const QUuid &added) {
                                    result = error;
                                    id = added;
                                    finished();
                                });
    });
    if (result.isError()) {
        return fail(result);
    }
    const ApiKey key = *m_repository->key(id);
    if (parser.isSet(jsonOption)) {
        Terminal::printOut(json(keyJson(key)));
    } else {
        Terminal::printOut(
            tr("Imported \"%1\" (%2, %3), id %4. Its secret is in the OS keychain.\n"
               "Set its rights as they are on the exchange with: keyrack-cli rights %4 --grant "
               "...\n")
                .arg(key.label, key.environment.id(), key.publicKey, key.idString()));
    }
    return Ok;
}

int CliApp::cmdGenerate(QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1) {
        return usage(tr("generate takes no arguments"));
    }
    if (!parser.isSet(labelOption)) {
        return usage(tr("generate needs --label"));
    }
    if (const Error error = openRepository(parser); error.isError()) {
        return fail(error);
    }
    Error result;
    GeneratedKey generated;
    waitFor([&](std::function<void()> finished) {
        m_repository->generate(
            parser.value(labelOption), parser.value(noteOption), &RandomToken::generate,
            [&result, &generated, finished](const Error &error, GeneratedKey key) {
                result = error;
                generated = std::move(key);
                finished();
            });
    });
    if (result.isError()) {
        return fail(result);
    }
    // The one time the secret is shown.
    QString secretText = QString::fromLatin1(generated.secret.reveal());
    generated.secret.wipe();
    QString out;
    if (parser.isSet(jsonOption)) {
        QJsonObject o;
        o.insert(u"id", generated.id.toString(QUuid::WithoutBraces));
        o.insert(u"publicKey", generated.publicKey);
        o.insert(u"secret", secretText);
        out = json(o);
    } else {
        out =
            tr("Generated sandbox key \"%1\" with no rights.\n"
               "  id:          %2\n"
               "  public key:  %3\n"
               "  secret key:  %4\n"
               "Save the secret key now: it will not be shown again.\n")
                .arg(parser.value(labelOption).trimmed(),
                     generated.id.toString(QUuid::WithoutBraces), generated.publicKey, secretText);
    }
    wipeString(secretText);
    Terminal::printOut(out);
    wipeString(out);
    return Ok;
}

int CliApp::cmdEnable(QCommandLineParser &parser)
{
    return setEnabled(parser, true);
}

int CliApp::cmdDisable(QCommandLineParser &parser)
{
    return setEnabled(parser, false);
}

int CliApp::setEnabled(QCommandLineParser &parser, bool enabled)
{
    ApiKey key;
    if (const Error error = requireKey(parser, &key); error.isError()) {
        return fail(error);
    }
    if (const Error error = m_repository->setEnabled(key.id, enabled); error.isError()) {
        return fail(error);
    }
    Terminal::printOut(
        enabled ? tr("\"%1\" is ON.\n").arg(key.label)
                : tr("\"%1\" is OFF (revoked): Keyrack will not sign with it.\n").arg(key.label));
    return Ok;
}

int CliApp::cmdRights(QCommandLineParser &parser)
{
    ApiKey key;
    if (const Error error = requireKey(parser, &key); error.isError()) {
        return fail(error);
    }
    AccessRights granted;
    AccessRights revoked;
    QString parseError;
    if (parser.isSet(grantOption)) {
        const auto parsed = AccessRights::parse(parser.values(grantOption).join(u','), &parseError);
        if (!parsed) {
            return usage(parseError);
        }
        granted = *parsed;
    }
    if (parser.isSet(revokeOption)) {
        const auto parsed =
            AccessRights::parse(parser.values(revokeOption).join(u','), &parseError);
        if (!parsed) {
            return usage(parseError);
        }
        revoked = *parsed;
    }
    if ((granted.bits() & revoked.bits()) != 0) {
        return usage(tr("a right cannot be granted and revoked at once"));
    }

    const AccessRights wanted = key.rights.unite(granted).minus(revoked);
    const AccessRights newlyGranted = wanted.minus(key.rights);
    if (newlyGranted.hasSensitive() || (wanted.isAll() && !key.rights.isAll())) {
        QStringList powers;
        for (Right r : AccessRights::allRights) {
            if (newlyGranted.has(r)) {
                powers << AccessRights::title(r);
            }
        }
        const QString question = tr("Grant \"%1\" to \"%2\" (%3, %4)? Anyone holding this key "
                                    "will be able to do this without any further confirmation.")
                                     .arg(powers.join(QStringLiteral("\", \"")), key.label,
                                          key.environment.id(), key.publicKey);
        if (parser.isSet(yesOption)) {
            // confirmed on the command line
        } else if (!Terminal::stdinIsTerminal()) {
            return fail(
                Error::make(ErrorKind::Cancelled,
                            tr("Granting trading or withdrawal rights needs confirmation: "
                               "run this on a terminal, or add --yes. Nothing was changed.")));
        } else if (!Terminal::confirm(question)) {
            return fail(
                Error::make(ErrorKind::Cancelled, tr("Not confirmed. Nothing was changed.")));
        }
        // With two-factor codes on (Settings in the window), the command line asks for one too:
        // --yes answers the question above, never the code.
        if (const Error error = checkSecondFactor(); error.isError()) {
            return fail(error);
        }
    }
    if (!(wanted == key.rights)) {
        if (const Error error = m_repository->setRights(key.id, wanted); error.isError()) {
            return fail(error);
        }
    }
    if (parser.isSet(jsonOption)) {
        QJsonObject o;
        o.insert(u"id", key.idString());
        o.insert(u"label", key.label);
        o.insert(u"rights", QJsonArray::fromStringList(wanted.shortNames()));
        Terminal::printOut(json(o));
    } else {
        Terminal::printOut(tr("\"%1\": %2\n").arg(key.label, rightsText(wanted)));
    }
    return Ok;
}

int CliApp::cmdDelete(QCommandLineParser &parser)
{
    ApiKey key;
    if (const Error error = requireKey(parser, &key); error.isError()) {
        return fail(error);
    }
    const QString question = tr("Delete \"%1\" (%2, %3)? A deleted API key can not be retrieved.")
                                 .arg(key.label, key.environment.id(), key.publicKey);
    if (parser.isSet(yesOption)) {
        // confirmed on the command line
    } else if (!Terminal::stdinIsTerminal()) {
        return fail(Error::make(ErrorKind::Cancelled,
                                tr("Deleting a key needs confirmation: run this on a terminal, or "
                                   "add --yes. Nothing was changed.")));
    } else if (!Terminal::confirm(question)) {
        return fail(Error::make(ErrorKind::Cancelled, tr("Not confirmed. Nothing was changed.")));
    }
    Error result;
    waitFor([&](std::function<void()> finished) {
        m_repository->remove(key.id, [&result, finished](const Error &error) {
            result = error;
            finished();
        });
    });
    if (result.isError()) {
        return fail(result);
    }
    Terminal::printOut(tr("Deleted \"%1\" and its secret.\n").arg(key.label));
    return Ok;
}
