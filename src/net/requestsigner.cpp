#include "requestsigner.h"

#include "core/secret.h"

#include <QList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace RequestSigner {

namespace {

const QByteArray apiPrefix = QByteArrayLiteral("/api/3");

std::optional<qint64> parseDecimal(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() > 18) {
        return std::nullopt;
    }
    qint64 value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

bool isPrintableToken(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (c <= ' ' || c > '~' || c == ':') {
            return false;
        }
    }
    return !bytes.isEmpty();
}

} // namespace

QByteArray apiPath(QStringView path)
{
    QByteArray bytes = path.trimmed().toUtf8();
    if (!bytes.startsWith('/')) {
        bytes.prepend('/');
    }
    if (bytes == apiPrefix || bytes.startsWith(QByteArray(apiPrefix + '/'))) {
        return bytes;
    }
    return apiPrefix + bytes;
}

QByteArray stringToSign(const SignInput &input)
{
    QByteArray message;
    message.reserve(input.method.size() + input.path.size() + input.query.size() + input.body.size()
                    + 48);
    message += input.method;
    message += input.path;
    if (!input.query.isEmpty()) {
        message += '?';
        message += input.query;
    }
    message += input.body;
    message += QByteArray::number(input.timestamp);
    if (input.window) {
        message += QByteArray::number(*input.window);
    }
    return message;
}

QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &message)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    const auto *result = HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()),
                              reinterpret_cast<const unsigned char *>(message.constData()),
                              static_cast<size_t>(message.size()), digest, &length);
    if (result == nullptr) {
        return {};
    }
    QByteArray hex = QByteArray(reinterpret_cast<const char *>(digest), length).toHex();
    OPENSSL_cleanse(digest, sizeof(digest));
    return hex;
}

SignedRequest signHs256(const SignInput &input, const QByteArray &publicKey, const Secret &secret)
{
    SignedRequest out;
    out.stringToSign = stringToSign(input);
    out.signature = hmacSha256Hex(secret.reveal(), out.stringToSign);
    QByteArray credentials =
        publicKey + ':' + out.signature + ':' + QByteArray::number(input.timestamp);
    if (input.window) {
        credentials += ':' + QByteArray::number(*input.window);
    }
    out.authorization = "HS256 " + credentials.toBase64();
    return out;
}

QByteArray basicAuthorization(const QByteArray &publicKey, const Secret &secret)
{
    QByteArray credentials = publicKey + ':' + secret.reveal();
    QByteArray header = "Basic " + credentials.toBase64();
    wipeBytes(credentials);
    return header;
}

ParseResult parseAuthorization(QByteArrayView header)
{
    ParseResult result;
    header = header.trimmed();
    if (header.isEmpty()) {
        result.problem = AuthorizationProblem::Missing;
        return result;
    }
    if (header.size() > maximumHeaderSize) {
        result.problem = AuthorizationProblem::Malformed;
        return result;
    }
    const qsizetype space = header.indexOf(' ');
    const QByteArrayView scheme = space < 0 ? header : header.first(space);
    const QByteArrayView payload =
        space < 0 ? QByteArrayView() : header.sliced(space + 1).trimmed();
    const QByteArray schemeLower = scheme.toByteArray().toLower();
    ParsedAuthorization parsed;
    if (schemeLower == "hs256") {
        parsed.scheme = ParsedAuthorization::Scheme::Hs256;
    } else if (schemeLower == "basic") {
        parsed.scheme = ParsedAuthorization::Scheme::Basic;
    } else {
        result.problem = AuthorizationProblem::UnsupportedScheme;
        return result;
    }
    result.problem = AuthorizationProblem::Malformed;
    const auto decoded = QByteArray::fromBase64Encoding(payload.toByteArray(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        return result;
    }
    QByteArray credentials = decoded.decoded;
    if (parsed.scheme == ParsedAuthorization::Scheme::Basic) {
        const qsizetype colon = credentials.indexOf(':');
        if (colon <= 0 || colon == credentials.size() - 1) {
            wipeBytes(credentials);
            return result;
        }
        parsed.publicKey = credentials.first(colon);
        parsed.basicSecret = credentials.sliced(colon + 1);
        wipeBytes(credentials);
        result.authorization = std::move(parsed);
        return result;
    }
    const QList<QByteArray> parts = credentials.split(':');
    if (parts.size() != 3 && parts.size() != 4) {
        return result;
    }
    const auto timestamp = parseDecimal(parts[2]);
    const auto window = parts.size() == 4 ? parseDecimal(parts[3]) : std::optional<qint64>();
    if (!isPrintableToken(parts[0]) || parts[1].size() != 64 || !timestamp
        || (parts.size() == 4 && !window)) {
        return result;
    }
    parsed.publicKey = parts[0];
    parsed.signature = parts[1].toLower();
    parsed.timestamp = *timestamp;
    parsed.window = window;
    result.authorization = std::move(parsed);
    return result;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size()) {
        return false;
    }
    return CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

} // namespace RequestSigner
