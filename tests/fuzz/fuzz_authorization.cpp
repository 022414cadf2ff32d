// Fuzzes the Authorization header parser that the sandbox runs on every request it receives:
// whatever it accepts, the signer must be able to produce again and the parser read back.
#include "fuzzcheck.h"

#include "core/secret.h"
#include "net/requestsigner.h"

#include <QByteArray>

namespace {

void checkBasic(const ParsedAuthorization &parsed)
{
    KEYRACK_FUZZ_CHECK(!parsed.publicKey.contains(':'));
    KEYRACK_FUZZ_CHECK(!parsed.basicSecret.isEmpty());
    KEYRACK_FUZZ_CHECK(parsed.signature.isEmpty());

    QByteArray secretBytes = parsed.basicSecret;
    const Secret secret = Secret::adopt(secretBytes);
    const QByteArray header = RequestSigner::basicAuthorization(parsed.publicKey, secret);
    if (header.size() > RequestSigner::maximumHeaderSize) {
        return; // longer than the input once padded: the size limit rightly refuses it
    }
    const RequestSigner::ParseResult again = RequestSigner::parseAuthorization(header);
    KEYRACK_FUZZ_CHECK(again.authorization);
    KEYRACK_FUZZ_CHECK(again.authorization->scheme == ParsedAuthorization::Scheme::Basic);
    KEYRACK_FUZZ_CHECK(again.authorization->publicKey == parsed.publicKey);
    KEYRACK_FUZZ_CHECK(again.authorization->basicSecret == parsed.basicSecret);
}

void checkHs256(const ParsedAuthorization &parsed)
{
    KEYRACK_FUZZ_CHECK(!parsed.publicKey.contains(':'));
    KEYRACK_FUZZ_CHECK(parsed.signature.size() == 64);
    KEYRACK_FUZZ_CHECK(parsed.timestamp >= 0);
    KEYRACK_FUZZ_CHECK(!parsed.window || *parsed.window >= 0);
    KEYRACK_FUZZ_CHECK(parsed.basicSecret.isEmpty());

    SignInput input;
    input.method = QByteArrayLiteral("GET");
    input.path = QByteArrayLiteral("/api/3/spot/balance");
    input.timestamp = parsed.timestamp;
    input.window = parsed.window;
    QByteArray secretBytes = QByteArrayLiteral("fuzz-secret");
    const Secret secret = Secret::adopt(secretBytes);
    const SignedRequest signedRequest = RequestSigner::signHs256(input, parsed.publicKey, secret);
    KEYRACK_FUZZ_CHECK(signedRequest.stringToSign == RequestSigner::stringToSign(input));
    KEYRACK_FUZZ_CHECK(signedRequest.signature.size() == 64);
    if (signedRequest.authorization.size() > RequestSigner::maximumHeaderSize) {
        return;
    }
    const RequestSigner::ParseResult again =
        RequestSigner::parseAuthorization(signedRequest.authorization);
    KEYRACK_FUZZ_CHECK(again.authorization);
    KEYRACK_FUZZ_CHECK(again.authorization->scheme == ParsedAuthorization::Scheme::Hs256);
    KEYRACK_FUZZ_CHECK(again.authorization->publicKey == parsed.publicKey);
    KEYRACK_FUZZ_CHECK(again.authorization->timestamp == parsed.timestamp);
    KEYRACK_FUZZ_CHECK(again.authorization->window == parsed.window);
    KEYRACK_FUZZ_CHECK(
        RequestSigner::constantTimeEquals(again.authorization->signature, signedRequest.signature));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header = fuzzInput(data, size);
    const RequestSigner::ParseResult result = RequestSigner::parseAuthorization(header);

    // Whitespace around the header never changes what it says.
    const QByteArray paddedHeader = " \t" + header + "\r\n";
    const RequestSigner::ParseResult padded = RequestSigner::parseAuthorization(paddedHeader);
    KEYRACK_FUZZ_CHECK(padded.problem == result.problem);
    KEYRACK_FUZZ_CHECK(padded.authorization.has_value() == result.authorization.has_value());

    if (!result.authorization) {
        KEYRACK_FUZZ_CHECK((result.problem == AuthorizationProblem::Missing)
                           == header.trimmed().isEmpty());
        return 0;
    }
    const ParsedAuthorization &parsed = *result.authorization;
    KEYRACK_FUZZ_CHECK(!parsed.publicKey.isEmpty());
    if (parsed.scheme == ParsedAuthorization::Scheme::Basic) {
        checkBasic(parsed);
    } else {
        checkHs256(parsed);
    }
    return 0;
}
