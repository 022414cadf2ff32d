// Fuzzes the decoder of HitBTC's error bodies, which reads whatever a server sends back: what it
// decodes must survive being written as HitBTC's JSON and decoded again.
#include "fuzzcheck.h"

#include "net/apierror.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzInput(data, size);
    const std::optional<ApiError> error = ApiError::decode(body);
    if (!error) {
        return 0;
    }
    KEYRACK_FUZZ_CHECK(error->explanation().isEmpty()
                       == (error->meaning() == ApiError::Meaning::Other));

    QJsonObject fields;
    fields.insert(u"code", error->code);
    fields.insert(u"message", error->message);
    fields.insert(u"description", error->description);
    QJsonObject root;
    root.insert(u"error", fields);
    const QByteArray again = QJsonDocument(root).toJson(QJsonDocument::Compact);
    if (again.size() > 64 * 1024) {
        return 0; // invalid UTF-8 comes back as U+FFFD, three bytes each: over the size limit
    }
    const std::optional<ApiError> decoded = ApiError::decode(again);
    KEYRACK_FUZZ_CHECK(decoded);
    KEYRACK_FUZZ_CHECK(decoded->code == error->code);
    // JSON can only carry valid Unicode: a lone surrogate escape ("\ud800") does not come back.
    if (error->message.isValidUtf16() && error->description.isValidUtf16()) {
        KEYRACK_FUZZ_CHECK(decoded->message == error->message);
        KEYRACK_FUZZ_CHECK(decoded->description == error->description);
    }
    return 0;
}
