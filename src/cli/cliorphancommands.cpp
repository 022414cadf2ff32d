// keyrack-cli orphans: the secrets Keyrack has in the OS keychain that no key owns.

#include "cli/cliapp.h"
#include "cli/clicommon.h"
#include "cli/terminal.h"
#include "storage/keychainindex.h"
#include "storage/keyrepository.h"
#include "storage/metadatastore.h"
#include "storage/secretvault.h"

#include <QUuid>

using namespace Cli;

namespace {

// The record that owns a keychain entry, if any. Pending records count: a key being added by
// another process has its record before its secret.
const KeyRecord *owner(const MetadataDocument &document, const QString &entry)
{
    const QUuid id(entry);
    return id.isNull() ? nullptr : document.find(id);
}

// The same entry, whether its id is written with braces, in upper case or as stored.
bool sameEntry(const QString &a, const QString &b)
{
    const QUuid first(a);
    return a == b || (!first.isNull() && first == QUuid(b));
}

} // namespace

int CliApp::cmdOrphans(QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1) {
        return usage(tr("orphans takes no arguments; name the entries to remove with --remove ID"));
    }
    const QStringList wanted = parser.values(removeOption);
    const bool removeAll = parser.isSet(removeAllOption);
    if (removeAll && !wanted.isEmpty()) {
        return usage(tr("use either --remove ID or --remove-all, not both"));
    }
    if (const Error error = openRepository(parser); error.isError()) {
        return fail(error);
    }

    KeychainIndex index;
    Error listError;
    QList<KeychainIndex::Entry> entries;
    waitFor([&](std::function<void()> finished) {
        index.list([&listError, &entries, finished](const Error &error,
                                                    QList<KeychainIndex::Entry> found) {
            listError = error;
            entries = std::move(found);
            finished();
        });
    });
    if (listError.isError()) {
        return fail(listError);
    }
    QList<KeychainIndex::Entry> orphans;
    for (const KeychainIndex::Entry &entry : std::as_const(entries)) {
        if (!KeychainIndex::reservedEntries().contains(entry.name)
            && !owner(m_store->document(), entry.name)) {
            orphans.append(entry);
        }
    }

    if (!removeAll && wanted.isEmpty()) {
        if (parser.isSet(jsonOption)) {
            QJsonArray array;
            for (const KeychainIndex::Entry &entry : std::as_const(orphans)) {
                array.append(QJsonObject {{QStringLiteral("id"), entry.name},
                                          {QStringLiteral("locked"), entry.locked}});
            }
            Terminal::printOut(json(array));
            return Ok;
        }
        if (orphans.isEmpty()) {
            Terminal::printOut(tr("No orphaned entries: every Keyrack secret in the OS keychain "
                                  "belongs to a key.\n"));
            return Ok;
        }
        QString out = tr("Keychain entries of Keyrack that belong to no key (by id):\n");
        for (const KeychainIndex::Entry &entry : std::as_const(orphans)) {
            out += entry.locked ? tr("  %1  (in a locked keyring)\n").arg(entry.name)
                                : QStringLiteral("  %1\n").arg(entry.name);
        }
        out += tr("Remove one with: keyrack-cli orphans --remove ID (or all with --remove-all). "
                  "Their secrets can not be retrieved afterwards.\n");
        Terminal::printOut(out);
        return Ok;
    }

    QList<KeychainIndex::Entry> doomed;
    if (removeAll) {
        doomed = orphans;
    }
    for (const QString &id : wanted) {
        if (KeychainIndex::reservedEntries().contains(id)) {
            return fail(Error::make(ErrorKind::Invalid,
                                    tr("%1 is an entry Keyrack keeps for itself (such as the "
                                       "two-factor secret), not an orphan. Nothing was changed.")
                                        .arg(id)));
        }
        if (const KeyRecord *record = owner(m_store->document(), id)) {
            return fail(Error::make(ErrorKind::Invalid,
                                    tr("%1 is the secret of the key \"%2\" (%3, %4), not an "
                                       "orphan: to delete the key, run keyrack-cli delete %1. "
                                       "Nothing was changed.")
                                        .arg(id, record->key.label, record->key.environment.id(),
                                             record->key.publicKey)));
        }
        const auto found = std::find_if(
            orphans.cbegin(), orphans.cend(),
            [&id](const KeychainIndex::Entry &entry) { return sameEntry(entry.name, id); });
        if (found == orphans.cend()) {
            return fail(Error::make(ErrorKind::NotFound,
                                    tr("The OS keychain has no Keyrack entry %1 (keyrack-cli "
                                       "orphans lists them). Nothing was changed.")
                                        .arg(id)));
        }
        if (!doomed.contains(*found)) {
            doomed.append(*found);
        }
    }
    if (doomed.isEmpty()) {
        Terminal::printOut(tr("No orphaned entries: nothing to remove.\n"));
        return Ok;
    }
    QStringList ids;
    for (const KeychainIndex::Entry &entry : std::as_const(doomed)) {
        if (entry.locked) {
            return fail(Error::make(ErrorKind::Keychain,
                                    tr("The entry %1 is in a locked keyring: unlock it and try "
                                       "again. Nothing was changed.")
                                        .arg(entry.name)));
        }
        ids << entry.name;
    }

    const QString question = tr("Delete %n keychain entry(s) that belong to no key (%1)? "
                                "Their secrets can not be retrieved.",
                                nullptr, static_cast<int>(ids.size()))
                                 .arg(ids.join(QStringLiteral(", ")));
    if (parser.isSet(yesOption)) {
        // confirmed on the command line
    } else if (!Terminal::stdinIsTerminal()) {
        return fail(Error::make(ErrorKind::Cancelled,
                                tr("Removing keychain entries needs confirmation: run this on a "
                                   "terminal, or add --yes. Nothing was changed.")));
    } else if (!Terminal::confirm(question)) {
        return fail(Error::make(ErrorKind::Cancelled, tr("Not confirmed. Nothing was changed.")));
    }

    // Another process may have added a key under one of these ids meanwhile: ask the file again.
    if (const Error error = m_store->load(); error.isError()) {
        return fail(error);
    }
    for (const QString &id : std::as_const(ids)) {
        if (const KeyRecord *record = owner(m_store->document(), id)) {
            return fail(Error::make(ErrorKind::Invalid,
                                    tr("%1 now belongs to the key \"%2\", added meanwhile. "
                                       "Nothing was changed.")
                                        .arg(id, record->key.label)));
        }
    }

    QStringList removed;
    for (const QString &id : std::as_const(ids)) {
        Error result;
        waitFor([&](std::function<void()> finished) {
            m_vault->removeSecret(id, [&result, finished](const Error &error) {
                result = error;
                finished();
            });
        });
        if (result.isError()) {
            if (!removed.isEmpty()) {
                Terminal::printErr(tr("keyrack-cli: removed before the error: %1\n")
                                       .arg(removed.join(QStringLiteral(", "))));
            }
            return fail(result);
        }
        removed << id;
        if (!parser.isSet(jsonOption)) {
            Terminal::printOut(tr("Removed the orphaned keychain entry %1.\n").arg(id));
        }
    }
    if (parser.isSet(jsonOption)) {
        Terminal::printOut(
            json(QJsonObject {{QStringLiteral("removed"), QJsonArray::fromStringList(removed)}}));
    }
    return Ok;
}
