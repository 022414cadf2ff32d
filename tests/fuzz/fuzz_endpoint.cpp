// Fuzzes how a request's URL is built from the environment, the path and the encoded query, and
// how the endpoint catalogue matches it. The input is four lines: environment (as the metadata
// file stores it), method, path, query (the rest, newlines included).
#include "fuzzcheck.h"

#include "core/environment.h"
#include "net/apiclient.h"
#include "net/endpointcatalog.h"
#include "net/requestsigner.h"

namespace {

// The next line of `input`, and `input` moved past it; the last line keeps its newlines.
QByteArray takeLine(QByteArrayView *input, bool last = false)
{
    const qsizetype end = last ? -1 : input->indexOf('\n');
    if (end < 0) {
        const QByteArray line = input->toByteArray();
        *input = {};
        return line;
    }
    const QByteArray line = input->first(end).toByteArray();
    *input = input->sliced(end + 1);
    return line;
}

void checkMatch(QByteArrayView method, QStringView path)
{
    const std::optional<Endpoint> endpoint = EndpointCatalog::match(method, path);
    KEYRACK_FUZZ_CHECK(!endpoint || endpoint->method == method);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzInput(data, size);
    QByteArrayView rest(bytes);
    const QString environmentText = QString::fromUtf8(takeLine(&rest));
    const QByteArray method = takeLine(&rest);
    const QString path = QString::fromUtf8(takeLine(&rest));
    const QByteArray query = takeLine(&rest, true);

    const QByteArray apiPath = RequestSigner::apiPath(path);
    KEYRACK_FUZZ_CHECK(apiPath == "/api/3" || apiPath.startsWith("/api/3/"));
    KEYRACK_FUZZ_CHECK(RequestSigner::apiPath(QString::fromUtf8(apiPath)) == apiPath);
    checkMatch(method, path);

    QString environmentError;
    const std::optional<Environment> environment =
        Environment::parse(environmentText, &environmentError);
    KEYRACK_FUZZ_CHECK(environment || !environmentError.isEmpty());
    ApiRequest request;
    // The sandbox's address is only known while it runs; it listens on loopback.
    request.baseUrl = environment && !environment->isSandbox()
        ? environment->baseUrl()
        : QUrl(QStringLiteral("http://127.0.0.1:40123"));
    request.method = method;
    request.path = path;
    request.query = query;
    const QUrl url = ApiClient::requestUrl(request);
    if (!url.isValid()) {
        return 0;
    }
    checkMatch(method, url.path());

    // Whatever the path and query say, the request goes to the environment's server, /api/3.
    KEYRACK_FUZZ_CHECK(url.scheme() == request.baseUrl.scheme());
    KEYRACK_FUZZ_CHECK(url.host() == request.baseUrl.host());
    KEYRACK_FUZZ_CHECK(url.port() == request.baseUrl.port());
    KEYRACK_FUZZ_CHECK(url.userInfo().isEmpty());
    const QString wirePath = url.path(QUrl::FullyEncoded);
    KEYRACK_FUZZ_CHECK(wirePath == u"/api/3" || wirePath.startsWith(u"/api/3/"));
    // Environments are https:// or loopback http://: signed requests may always go there.
    KEYRACK_FUZZ_CHECK(ApiClient::transportProblem(url).isEmpty());

    // What goes on the wire (never the fragment) reads back as the same bytes, and is what is
    // signed. The bytes are compared, not the QUrls: QUrl keeps '#' apart from "%23" in a fragment
    // and U+7FFFF apart from its percent-encoded form, which go on the wire alike.
    const QUrl onWire = url.adjusted(QUrl::RemoveFragment);
    const QByteArray wire = onWire.toEncoded();
    const QUrl readBack = QUrl::fromEncoded(wire);
    KEYRACK_FUZZ_CHECK(readBack.isValid() && readBack.toEncoded() == wire);
    SignInput signInput;
    signInput.method = method;
    signInput.path = wirePath.toUtf8();
    signInput.query = url.query(QUrl::FullyEncoded).toUtf8();
    const QByteArray signedPart = RequestSigner::stringToSign(signInput);
    const QByteArray sent = method + onWire.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    // A bare '?' goes on the wire but is not signed; the server sees no query either.
    KEYRACK_FUZZ_CHECK(signedPart.startsWith(sent)
                       || (url.hasQuery() && signInput.query.isEmpty()));
    return 0;
}
