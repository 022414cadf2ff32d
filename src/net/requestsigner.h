#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class Secret;

// What HitBTC v3 signs: the request exactly as it goes on the wire.
struct SignInput
{
    QByteArray method; // upper case, e.g. "GET"
    QByteArray path; // starting "/api/3/"
    QByteArray query; // the encoded bytes after '?', or empty
    QByteArray body; // the bytes sent, or empty
    qint64 timestamp = 0; // Unix epoch milliseconds
    std::optional<qint64> window;
};

// The result of signing: everything a user may see, never the secret.
struct SignedRequest
{
    QByteArray stringToSign;
    QByteArray signature; // lowercase hex HMAC-SHA256
    QByteArray authorization;
};

// A parsed Authorization header as the exchange receives it.
struct ParsedAuthorization
{
    enum class Scheme { Hs256, Basic };
    Scheme scheme = Scheme::Hs256;
    QByteArray publicKey;
    QByteArray signature; // HS256 only
    qint64 timestamp = 0; // HS256 only
    std::optional<qint64> window;
    QByteArray basicSecret; // Basic only; the caller wipes it
};

enum class AuthorizationProblem { Missing, UnsupportedScheme, Malformed };

// HitBTC API v3 request signing (HS256 and Basic) and the matching header parser, shared by
// the client and the sandbox so there is one implementation of the scheme.
namespace RequestSigner {

inline constexpr qint64 defaultWindowMs = 10000;
inline constexpr qint64 maximumWindowMs = 60000;
inline constexpr qsizetype maximumHeaderSize = 4096;

// "/spot/balance", "spot/balance" and "/api/3/spot/balance" all give "/api/3/spot/balance".
QByteArray apiPath(QStringView path);

QByteArray stringToSign(const SignInput &input);
QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &message);
SignedRequest signHs256(const SignInput &input, const QByteArray &publicKey, const Secret &secret);
// Sends the secret itself on every request: only when the user chose it explicitly.
QByteArray basicAuthorization(const QByteArray &publicKey, const Secret &secret);

struct ParseResult
{
    std::optional<ParsedAuthorization> authorization;
    AuthorizationProblem problem = AuthorizationProblem::Missing;
};
ParseResult parseAuthorization(QByteArrayView header);

// Compares in time that depends only on the lengths, never on where the bytes differ.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace RequestSigner
