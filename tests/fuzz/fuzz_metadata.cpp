// Fuzzes the metadata loader, which reads a file that users and other tools may have edited: a
// damaged file is refused without touching the document, whatever loads saves and loads back to
// the same document, and parsing key by key agrees with parsing the whole file.
#include "fuzzcheck.h"

#include "storage/metadatajson.h"

namespace {

// The first field that differs between two documents, or nothing when they are the same.
QString difference(const MetadataDocument &a, const MetadataDocument &b)
{
    if (a.records.size() != b.records.size()) {
        return QStringLiteral("number of keys");
    }
    for (qsizetype i = 0; i < a.records.size(); ++i) {
        const ApiKey &x = a.records[i].key;
        const ApiKey &y = b.records[i].key;
        const std::optional<PendingOperation> &p = a.records[i].pending;
        const std::optional<PendingOperation> &q = b.records[i].pending;
        const auto field = [i](const char *name, const QString &from, const QString &to) {
            return QStringLiteral("key %1, %2: \"%3\" became \"%4\"")
                .arg(i + 1)
                .arg(QLatin1String(name), from, to);
        };
        const auto time = [](const QDateTime &t) {
            return t.isValid() ? QString::number(t.toMSecsSinceEpoch()) + QStringLiteral(" ms")
                               : QStringLiteral("none");
        };
        if (x.id != y.id || x.label != y.label || x.publicKey != y.publicKey || x.note != y.note) {
            return field("id, label, public key or note", x.label, y.label);
        }
        if (!(x.environment == y.environment)) {
            return field("environment", x.environment.id(), y.environment.id());
        }
        if (x.enabled != y.enabled || !(x.rights == y.rights)) {
            return field("enabled or rights", x.rights.shortNames().join(u','),
                         y.rights.shortNames().join(u','));
        }
        if (x.created != y.created) {
            return field("created", time(x.created), time(y.created));
        }
        if (x.rightsChanged != y.rightsChanged) {
            return field("rightsChanged", time(x.rightsChanged), time(y.rightsChanged));
        }
        if (x.lastUsed != y.lastUsed) {
            return field("lastUsed", time(x.lastUsed), time(y.lastUsed));
        }
        if (x.lastAudit != y.lastAudit) {
            return field("lastAudit", x.lastAudit ? time(x.lastAudit->time) : QString(),
                         y.lastAudit ? time(y.lastAudit->time) : QString());
        }
        if (p.has_value() != q.has_value()
            || (p
                && (p->kind != q->kind || p->pid != q->pid || p->host != q->host
                    || p->since != q->since))) {
            return field("pending", p ? time(p->since) : QString(), q ? time(q->since) : QString());
        }
    }
    return {};
}

MetadataDocument sentinel()
{
    KeyRecord record;
    record.key.id = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000000000001"));
    record.key.label = QStringLiteral("sentinel");
    record.key.publicKey = QStringLiteral("sentinel-public-key");
    MetadataDocument document;
    document.records.append(record);
    return document;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString fileName = QStringLiteral("fuzz-metadata.json");
    const QByteArray bytes = fuzzInput(data, size);
    MetadataDocument document = sentinel();
    const Error error = MetadataJson::parse(bytes, fileName, &document);
    // Parsing the keys one at a time must give what parsing the whole file at once gives.
    MetadataDocument whole = sentinel();
    const Error wholeError = MetadataJson::parse(bytes, fileName, &whole, false);
    if (error.message != wholeError.message) {
        std::fprintf(stderr, "split: \"%s\"\nwhole: \"%s\"\n", qPrintable(error.message),
                     qPrintable(wholeError.message));
    }
    KEYRACK_FUZZ_CHECK(error.isError() == wholeError.isError());
    KEYRACK_FUZZ_CHECK(error.message == wholeError.message);
    KEYRACK_FUZZ_CHECK(difference(document, whole).isEmpty());
    if (error.isError()) {
        KEYRACK_FUZZ_CHECK(!error.message.isEmpty());
        KEYRACK_FUZZ_CHECK(difference(document, sentinel()).isEmpty());
        return 0;
    }

    const QByteArray saved = MetadataJson::serialize(document);
    MetadataDocument reloaded;
    const Error reloadError = MetadataJson::parse(saved, fileName, &reloaded);
    if (reloadError.isError()) {
        std::fprintf(stderr, "saved and loaded again: %s\n", qPrintable(reloadError.message));
    }
    KEYRACK_FUZZ_CHECK(!reloadError.isError());
    const QString changed = difference(document, reloaded);
    if (!changed.isEmpty()) {
        std::fprintf(stderr, "saved and loaded again, %s\n", qPrintable(changed));
    }
    KEYRACK_FUZZ_CHECK(changed.isEmpty());
    KEYRACK_FUZZ_CHECK(MetadataJson::serialize(reloaded) == saved);
    return 0;
}
