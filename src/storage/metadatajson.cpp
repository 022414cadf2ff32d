#include "metadatajson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QVarLengthArray>

#include <cstring>
#include <optional>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MetadataJson", text);
}

// Times are written as "2024-05-01T12:30:00.000Z". QDateTime's own ISO formatting and parsing
// were a fifth of loading 1 000 keys; these do the file's one form directly and leave anything
// else (and any year outside 1-9999) to QDateTime, with the same results.
constexpr qint64 msecsPerDay = 86'400'000;
constexpr qint64 unixEpochJulianDay = 2'440'588;

QString formatTime(const QDateTime &time)
{
    if (!time.isValid()) {
        return {};
    }
    const qint64 msecs = time.toMSecsSinceEpoch();
    const qint64 days =
        msecs >= 0 ? msecs / msecsPerDay : -((-msecs + msecsPerDay - 1) / msecsPerDay);
    const qint64 inDay = msecs - days * msecsPerDay;
    int year = 0;
    int month = 0;
    int day = 0;
    QDate::fromJulianDay(days + unixEpochJulianDay).getDate(&year, &month, &day);
    if (year < 1 || year > 9999) {
        return time.toUTC().toString(Qt::ISODateWithMs);
    }
    char text[25];
    const auto put = [&text](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            text[at + i] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = 'T';
    put(11, inDay / 3'600'000, 2);
    text[13] = ':';
    put(14, inDay / 60'000 % 60, 2);
    text[16] = ':';
    put(17, inDay / 1000 % 60, 2);
    text[19] = '.';
    put(20, inDay % 1000, 3);
    text[23] = 'Z';
    return QString::fromLatin1(text, 24);
}

// The file's own form, or nothing (then QDateTime parses it).
std::optional<QDateTime> parseWrittenTime(QStringView text)
{
    if (text.size() != 24 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T'
        || text[13] != u':' || text[16] != u':' || text[19] != u'.' || text[23] != u'Z') {
        return std::nullopt;
    }
    bool digits = true;
    const auto number = [&text, &digits](int at, int width) {
        int value = 0;
        for (int i = at; i < at + width; ++i) {
            const char16_t c = text[i].unicode();
            digits = digits && c >= u'0' && c <= u'9';
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    const int hour = number(11, 2);
    const int minute = number(14, 2);
    const int second = number(17, 2);
    const int msec = number(20, 3);
    if (!digits || year < 1 || !QDate::isValid(year, month, day)
        || !QTime::isValid(hour, minute, second, msec)) {
        return std::nullopt;
    }
    const qint64 days = QDate(year, month, day).toJulianDay() - unixEpochJulianDay;
    return QDateTime::fromMSecsSinceEpoch(
        days * msecsPerDay + ((hour * 60 + minute) * 60 + second) * qint64(1000) + msec, Qt::UTC);
}

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(formatTime(time)) : QJsonValue(QJsonValue::Null);
}

QJsonObject auditToJson(const AuditResult &audit)
{
    QJsonObject observed;
    for (Right r : AccessRights::allRights) {
        observed.insert(AccessRights::shortName(r), AuditResult::observedName(audit.observed(r)));
    }
    QJsonObject o;
    o.insert(u"time", formatTime(audit.time));
    o.insert(u"observed", observed);
    if (!audit.summary.isEmpty()) {
        o.insert(u"summary", audit.summary);
    }
    return o;
}

QJsonObject recordToJson(const KeyRecord &record)
{
    QJsonObject o = MetadataJson::keyToJson(record.key);
    if (record.pending) {
        QJsonObject p;
        p.insert(u"kind",
                 record.pending->kind == PendingOperation::Kind::Add ? QStringLiteral("add")
                                                                     : QStringLiteral("remove"));
        p.insert(u"pid", record.pending->pid);
        p.insert(u"host", record.pending->host);
        p.insert(u"since", formatTime(record.pending->since));
        o.insert(u"pending", p);
    }
    return o;
}

// Reads one record; returns a reason when the record is not acceptable.
class RecordReader
{
public:
    explicit RecordReader(const QJsonObject &object)
        : m_o(object)
    { }

    QString error() const { return m_error; }

    QString string(const char *name, bool required = true)
    {
        const QJsonValue v = m_o.value(QLatin1String(name));
        if (v.isString()) {
            return v.toString();
        }
        if (required || !(v.isUndefined() || v.isNull())) {
            fail(tr("field \"%1\" is missing or not text").arg(QLatin1String(name)));
        }
        return {};
    }

    QDateTime time(const char *name)
    {
        const QJsonValue v = m_o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
            return {};
        }
        if (v.isString()) {
            if (const std::optional<QDateTime> written = parseWrittenTime(v.toString())) {
                return *written;
            }
        }
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!v.isString() || !t.isValid() || formatTime(t).isEmpty()) {
            fail(tr("field \"%1\" is not a date").arg(QLatin1String(name)));
        }
        return t.toUTC();
    }

    void fail(const QString &reason)
    {
        if (m_error.isEmpty()) {
            m_error = reason;
        }
    }

    const QJsonObject &object() const { return m_o; }

private:
    QJsonObject m_o;
    QString m_error;
};

QString readRights(const QJsonValue &value, AccessRights *rights)
{
    if (!value.isArray()) {
        return QCoreApplication::translate("MetadataJson", "field \"rights\" is not a list");
    }
    for (const QJsonValue &v : value.toArray()) {
        const std::optional<Right> r = AccessRights::rightFromShortName(v.toString());
        if (!v.isString() || !r) {
            return QCoreApplication::translate("MetadataJson", "unknown right \"%1\"")
                .arg(v.toString());
        }
        rights->set(*r);
    }
    return {};
}

QString readAudit(const QJsonValue &value, std::optional<AuditResult> *audit)
{
    if (value.isUndefined() || value.isNull()) {
        return {};
    }
    if (!value.isObject()) {
        return QCoreApplication::translate("MetadataJson", "field \"lastAudit\" is not an object");
    }
    RecordReader reader(value.toObject());
    AuditResult result;
    result.time = reader.time("time");
    result.summary = reader.string("summary", false);
    const QJsonObject observed = value.toObject().value(u"observed").toObject();
    for (Right r : AccessRights::allRights) {
        const QJsonValue v = observed.value(AccessRights::shortName(r));
        const std::optional<Observed> o = AuditResult::observedFromName(v.toString());
        if (!o) {
            reader.fail(QCoreApplication::translate("MetadataJson",
                                                    "audit of right \"%1\" is not understood")
                            .arg(AccessRights::shortName(r)));
        } else {
            result.setObserved(r, *o);
        }
    }
    if (!result.time.isValid()) {
        reader.fail(QCoreApplication::translate("MetadataJson", "the audit has no time"));
    }
    if (!reader.error().isEmpty()) {
        return reader.error();
    }
    *audit = result;
    return {};
}

QString readRecord(const QJsonValue &value, KeyRecord *record)
{
    if (!value.isObject()) {
        return QCoreApplication::translate("MetadataJson", "a key entry is not an object");
    }
    RecordReader reader(value.toObject());
    ApiKey &key = record->key;
    key.id = QUuid::fromString(reader.string("id"));
    if (key.id.isNull()) {
        reader.fail(QCoreApplication::translate("MetadataJson", "field \"id\" is not a UUID"));
    }
    key.label = reader.string("label");
    key.publicKey = reader.string("publicKey");
    QString environmentError;
    const std::optional<Environment> environment =
        Environment::parse(reader.string("environment"), &environmentError);
    if (environment) {
        key.environment = *environment;
    } else {
        reader.fail(environmentError);
    }
    const QJsonValue enabled = reader.object().value(u"enabled");
    if (!enabled.isBool()) {
        reader.fail(
            QCoreApplication::translate("MetadataJson", "field \"enabled\" is not true or false"));
    }
    key.enabled = enabled.toBool();
    reader.fail(readRights(reader.object().value(u"rights"), &key.rights));
    key.created = reader.time("created");
    key.rightsChanged = reader.time("rightsChanged");
    key.lastUsed = reader.time("lastUsed");
    reader.fail(readAudit(reader.object().value(u"lastAudit"), &key.lastAudit));
    key.note = reader.string("note", false);

    const QJsonValue pending = reader.object().value(u"pending");
    if (pending.isObject()) {
        RecordReader p(pending.toObject());
        PendingOperation op;
        const QString kind = p.string("kind");
        if (kind == u"add") {
            op.kind = PendingOperation::Kind::Add;
        } else if (kind == u"remove") {
            op.kind = PendingOperation::Kind::Remove;
        } else {
            p.fail(QCoreApplication::translate("MetadataJson", "unknown pending operation \"%1\"")
                       .arg(kind));
        }
        op.pid = pending.toObject().value(u"pid").toInteger();
        op.host = p.string("host", false);
        op.since = p.time("since");
        reader.fail(p.error());
        record->pending = op;
    } else if (!pending.isUndefined() && !pending.isNull()) {
        reader.fail(
            QCoreApplication::translate("MetadataJson", "field \"pending\" is not an object"));
    }
    // Empty strings are allowed for "" in optional fields; an empty label or key is damage.
    if (reader.error().isEmpty() && (key.label.isEmpty() || key.publicKey.isEmpty())) {
        reader.fail(
            QCoreApplication::translate("MetadataJson", "a key has an empty label or public key"));
    }
    return reader.error();
}

} // namespace

KeyRecord *MetadataDocument::find(const QUuid &id)
{
    for (KeyRecord &record : records) {
        if (record.key.id == id) {
            return &record;
        }
    }
    return nullptr;
}

const KeyRecord *MetadataDocument::find(const QUuid &id) const
{
    return const_cast<MetadataDocument *>(this)->find(id);
}

namespace MetadataJson {

QJsonObject keyToJson(const ApiKey &key)
{
    QJsonObject o;
    o.insert(u"id", key.idString());
    o.insert(u"label", key.label);
    o.insert(u"publicKey", key.publicKey);
    o.insert(u"environment", key.environment.id());
    o.insert(u"enabled", key.enabled);
    o.insert(u"rights", QJsonArray::fromStringList(key.rights.shortNames()));
    o.insert(u"created", timeValue(key.created));
    o.insert(u"rightsChanged", timeValue(key.rightsChanged));
    o.insert(u"lastUsed", timeValue(key.lastUsed));
    o.insert(u"lastAudit",
             key.lastAudit ? QJsonValue(auditToJson(*key.lastAudit))
                           : QJsonValue(QJsonValue::Null));
    o.insert(u"note", key.note);
    return o;
}

QByteArray serialize(const MetadataDocument &document, SerializeCache *cache)
{
    // Written by hand around each record's own QJsonDocument text, in the layout QJsonDocument
    // gives the whole file (keys sorted, four spaces per level), so records can be cached.
    const auto recordText = [](const KeyRecord &record) {
        const QByteArray compact =
            QJsonDocument(recordToJson(record)).toJson(QJsonDocument::Indented);
        QByteArray text;
        text.reserve(compact.size() + 256);
        for (const QByteArray &line : compact.trimmed().split('\n')) {
            if (!text.isEmpty()) {
                text += '\n';
            }
            text += "        ";
            text += line;
        }
        return text;
    };
    QByteArray out = "{\n    \"format\": \"keyrack-metadata\",\n    \"keys\": [";
    qsizetype expected = out.size() + 64;
    if (cache) {
        for (const auto &entry : std::as_const(cache->records)) {
            expected += entry.second.size() + 2;
        }
    }
    out.reserve(expected + 4096);
    bool first = true;
    for (const KeyRecord &record : document.records) {
        QByteArray text;
        if (cache) {
            auto cached = cache->records.find(record.key.id);
            if (cached == cache->records.end()) {
                cached = cache->records.insert(record.key.id, {record, recordText(record)});
            } else if (!(cached->first == record)) {
                *cached = {record, recordText(record)};
            }
            text = cached->second;
        } else {
            text = recordText(record);
        }
        out += first ? "\n" : ",\n";
        out += text;
        first = false;
    }
    out += first ? "]" : "\n    ]";
    out += ",\n    \"version\": " + QByteArray::number(formatVersion) + "\n}\n";
    if (cache && cache->records.size() > document.records.size()) {
        // Keys were deleted: forget their text.
        QSet<QUuid> present;
        for (const KeyRecord &record : document.records) {
            present.insert(record.key.id);
        }
        cache->records.removeIf(
            [&present](const auto &entry) { return !present.contains(entry.key()); });
    }
    return out;
}

} // namespace MetadataJson

namespace {

// The file with its "keys" list cut out, and where each entry of that list lies in the file.
struct SplitFile
{
    QByteArray rest; // the file with "keys": [] in place of the list
    QList<std::pair<qsizetype, qsizetype>> entries; // offset and length of each entry
};

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// An entry sits two levels deep in the file; QJsonDocument refuses nesting beyond 1024 levels.
constexpr qsizetype maximumSplitDepth = 1000;

// The scanner works on the raw bytes: it runs over the whole file once.
struct Scanner
{
    const char *data;
    qsizetype size;

    qsizetype skipSpace(qsizetype at) const
    {
        while (at < size && isJsonSpace(data[at])) {
            ++at;
        }
        return at;
    }

    char at(qsizetype i) const { return i < size ? data[i] : '\0'; }

    // One past the end of the string starting at `from` (a quote), or -1.
    qsizetype stringEnd(qsizetype from) const
    {
        qsizetype i = from + 1;
        while (i < size) {
            const auto *quote = static_cast<const char *>(std::memchr(data + i, '"', size - i));
            if (!quote) {
                return -1;
            }
            const qsizetype q = quote - data;
            // Escaped when an odd number of backslashes stands before it.
            qsizetype backslashes = 0;
            while (q - 1 - backslashes > from && data[q - 1 - backslashes] == '\\') {
                ++backslashes;
            }
            if (backslashes % 2 == 0) {
                return q + 1;
            }
            i = q + 1;
        }
        return -1;
    }

    // One past the end of the value starting at `from`, or -1. Only the extent is found
    // (strings, matching brackets); whether the value is valid JSON is for QJsonDocument to say.
    qsizetype valueEnd(qsizetype from) const
    {
        if (from >= size) {
            return -1;
        }
        const char first = data[from];
        if (first == '"') {
            return stringEnd(from);
        }
        if (first == '{' || first == '[') {
            QVarLengthArray<char, 32> closers; // what each open bracket must be closed with
            for (qsizetype i = from; i < size; ++i) {
                const char c = data[i];
                if (c == '"') {
                    i = stringEnd(i);
                    if (i < 0) {
                        return -1;
                    }
                    --i;
                } else if (c == '{' || c == '[') {
                    // Deeper than QJsonDocument's nesting limit allows in the whole file: let the
                    // whole parse judge it.
                    if (closers.size() >= maximumSplitDepth) {
                        return -1;
                    }
                    closers.append(c == '{' ? '}' : ']');
                } else if (c == '}' || c == ']') {
                    if (closers.isEmpty() || closers.back() != c) {
                        return -1;
                    }
                    closers.removeLast();
                    if (closers.isEmpty()) {
                        return i + 1;
                    }
                }
            }
            return -1;
        }
        qsizetype i = from;
        while (i < size && !isJsonSpace(data[i]) && data[i] != ',' && data[i] != '}'
               && data[i] != ']') {
            ++i;
        }
        return i > from ? i : -1;
    }
};

// Finds the top-level "keys" list and its entries, or nothing when the file is not shaped as
// expected (then the whole file is parsed at once, which also gives the precise error).
std::optional<SplitFile> splitKeys(const QByteArray &bytes)
{
    const Scanner scan {bytes.constData(), bytes.size()};
    qsizetype at = scan.skipSpace(0);
    if (scan.at(at) != '{') {
        return std::nullopt;
    }
    SplitFile split;
    qsizetype listStart = -1;
    qsizetype listEnd = -1;
    at = scan.skipSpace(at + 1);
    while (at < scan.size && scan.at(at) != '}') {
        const qsizetype nameEnd = scan.at(at) == '"' ? scan.stringEnd(at) : -1;
        if (nameEnd < 0) {
            return std::nullopt;
        }
        const QByteArrayView name = QByteArrayView(bytes).sliced(at, nameEnd - at);
        if (name.contains('\\')) {
            return std::nullopt; // an escaped name ("k\u0065ys" is "keys" too): parse whole
        }
        const bool isKeys = name == "\"keys\"";
        at = scan.skipSpace(nameEnd);
        if (scan.at(at) != ':') {
            return std::nullopt;
        }
        at = scan.skipSpace(at + 1);
        qsizetype end = -1;
        if (isKeys) {
            if (listStart >= 0 || scan.at(at) != '[') {
                return std::nullopt; // twice, or not a list
            }
            // The entries, found in the same pass.
            listStart = at;
            qsizetype entry = scan.skipSpace(at + 1);
            if (scan.at(entry) == ']') {
                end = entry + 1;
            }
            while (end < 0) {
                const qsizetype entryEnd = scan.valueEnd(entry);
                if (entryEnd < 0) {
                    return std::nullopt;
                }
                split.entries.append({entry, entryEnd - entry});
                const qsizetype next = scan.skipSpace(entryEnd);
                if (scan.at(next) == ']') {
                    end = next + 1;
                } else if (scan.at(next) == ',') {
                    entry = scan.skipSpace(next + 1);
                    if (scan.at(entry) == ']') {
                        return std::nullopt; // a trailing comma
                    }
                } else {
                    return std::nullopt;
                }
            }
            listEnd = end;
        } else {
            end = scan.valueEnd(at);
            if (end < 0) {
                return std::nullopt;
            }
        }
        at = scan.skipSpace(end);
        if (scan.at(at) == ',') {
            at = scan.skipSpace(at + 1);
            if (scan.at(at) == '}') {
                return std::nullopt; // a trailing comma
            }
        } else if (scan.at(at) != '}') {
            return std::nullopt;
        }
    }
    if (listStart < 0) {
        return std::nullopt;
    }
    split.rest = bytes.first(listStart) + "[]" + bytes.sliced(listEnd);
    return split;
}

// Parses the file whole, or with `split`, the rest of the file and then each key entry on its own.
Error parseFile(const QByteArray &bytes, const QString &where, MetadataDocument *document,
                const SplitFile *split)
{
    const auto damaged = [&where](const QString &reason) {
        return Error::make(ErrorKind::DataFile,
                           tr("The metadata file %1 is damaged (%2). Keyrack left it untouched: "
                              "restore it from a backup, or move it away to start with no keys.")
                               .arg(where, reason));
    };
    if (bytes.size() > MetadataJson::maxFileSize) {
        return damaged(
            tr("it is larger than %1 MiB").arg(MetadataJson::maxFileSize / (1024 * 1024)));
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(split ? split->rest : bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return damaged(tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!json.isObject()) {
        return damaged(tr("it is not a JSON object"));
    }
    const QJsonObject root = json.object();
    if (root.value(u"format").toString() != u"keyrack-metadata") {
        return damaged(tr("it is not a Keyrack metadata file"));
    }
    const QJsonValue version = root.value(u"version");
    if (!version.isDouble() || version.toDouble() != static_cast<double>(version.toInteger())
        || version.toInteger() < 1) {
        return damaged(tr("its version is not a positive whole number"));
    }
    if (version.toInteger() > MetadataJson::formatVersion) {
        return Error::make(ErrorKind::DataFile,
                           tr("The metadata file %1 was written by a newer Keyrack (format %2; "
                              "this one reads up to format %3). Keyrack left it untouched: use "
                              "the newer Keyrack.")
                               .arg(where)
                               .arg(version.toInteger())
                               .arg(MetadataJson::formatVersion));
    }
    const QJsonValue keys = root.value(u"keys");
    if (!keys.isArray()) {
        return damaged(tr("field \"keys\" is not a list"));
    }
    const QJsonArray entries = keys.toArray();
    const qsizetype count = split ? split->entries.size() : entries.size();
    MetadataDocument result;
    result.records.reserve(count);
    QSet<QUuid> ids;
    ids.reserve(count);
    for (qsizetype index = 0; index < count; ++index) {
        QJsonValue value;
        if (split) {
            const auto [offset, length] = split->entries.at(index);
            const QJsonDocument entry = QJsonDocument::fromJson(
                QByteArray::fromRawData(bytes.constData() + offset, length), &parseError);
            if (parseError.error != QJsonParseError::NoError || !entry.isObject()) {
                return damaged(tr("%1 at byte %2")
                                   .arg(parseError.errorString())
                                   .arg(offset + parseError.offset));
            }
            value = entry.object();
        } else {
            value = entries.at(index);
        }
        KeyRecord record;
        const QString reason = readRecord(value, &record);
        if (!reason.isEmpty()) {
            return damaged(tr("key %1: %2").arg(index + 1).arg(reason));
        }
        if (ids.contains(record.key.id)) {
            return damaged(
                tr("key %1: id %2 appears twice").arg(index + 1).arg(record.key.idString()));
        }
        ids.insert(record.key.id);
        result.records.append(std::move(record));
    }
    *document = std::move(result);
    return Error::ok();
}

} // namespace

namespace MetadataJson {

Error parse(const QByteArray &bytes, const QString &where, MetadataDocument *document,
            bool splitting)
{
    // Key by key, the peak is one key's QJsonDocument, not every key's (several times the file's
    // size, most of the memory of a start-up with 10 000 keys). Any error is looked for again in
    // the whole file, so that messages (the first problem in the file) read the same either way.
    if (splitting) {
        if (const std::optional<SplitFile> split = splitKeys(bytes)) {
            MetadataDocument result;
            if (!parseFile(bytes, where, &result, &*split).isError()) {
                *document = std::move(result);
                return Error::ok();
            }
        }
    }
    return parseFile(bytes, where, document, nullptr);
}

} // namespace MetadataJson
