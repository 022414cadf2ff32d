// HS256 signatures per second through RequestSigner, against OpenSSL's one-shot HMAC-SHA256 over
// the same strings to sign: what Keyrack adds to a request beyond the cryptography itself.

#include "core/secret.h"
#include "net/requestsigner.h"

#include <QByteArray>
#include <QList>

#include <benchmark/benchmark.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace {

const QByteArray publicKey = QByteArrayLiteral("mBx3Jm2EDXQ1NbKiWz8hV6vuPmYhGfXc");
const QByteArray secretBytes = QByteArrayLiteral("c4pbZ7QnxH0sO1Ek9aD3yT5rWqLu2VfM");

// Typical requests: a balance, an order listing, a form-encoded order and a larger JSON body.
QList<SignInput> inputs()
{
    const qint64 timestamp = 1700000000000;
    QList<SignInput> list;
    list.append({"GET", "/api/3/spot/balance", {}, {}, timestamp, 10000});
    list.append({"GET", "/api/3/spot/order", "symbol=BTCUSDT", {}, timestamp + 1, std::nullopt});
    list.append({"POST",
                 "/api/3/spot/order",
                 {},
                 "symbol=ETHBTC&side=sell&quantity=0.063&price=0.046016",
                 timestamp + 2,
                 5000});
    QByteArray json = "{\"orders\":[";
    for (int i = 0; i < 12; ++i) {
        json += (i ? "," : "")
            + QByteArray("{\"symbol\":\"ETHBTC\",\"side\":\"buy\",\"quantity\":\"0.")
            + QByteArray::number(100 + i) + "\",\"price\":\"0.0460\"}";
    }
    json += "]}";
    list.append({"POST", "/api/3/spot/order/list", {}, json, timestamp + 3, 10000});
    return list;
}

void signerHs256(benchmark::State &state)
{
    const QList<SignInput> requests = inputs();
    QByteArray bytes = secretBytes;
    const Secret secret = Secret::adopt(bytes);
    qsizetype i = 0;
    for (auto _ : state) {
        SignedRequest signedRequest =
            RequestSigner::signHs256(requests[i++ % requests.size()], publicKey, secret);
        benchmark::DoNotOptimize(signedRequest.authorization.constData());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(signerHs256)->Name("signing/RequestSigner::signHs256");

void signerHexOnly(benchmark::State &state)
{
    QList<QByteArray> messages;
    for (const SignInput &input : inputs()) {
        messages.append(RequestSigner::stringToSign(input));
    }
    qsizetype i = 0;
    for (auto _ : state) {
        QByteArray hex = RequestSigner::hmacSha256Hex(secretBytes, messages[i++ % messages.size()]);
        benchmark::DoNotOptimize(hex.constData());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(signerHexOnly)->Name("signing/RequestSigner::hmacSha256Hex");

// The baseline: the strings to sign are built beforehand, only the MAC is computed.
void rawOpenSsl(benchmark::State &state)
{
    QList<QByteArray> messages;
    for (const SignInput &input : inputs()) {
        messages.append(RequestSigner::stringToSign(input));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    qsizetype i = 0;
    for (auto _ : state) {
        const QByteArray &message = messages[i++ % messages.size()];
        HMAC(EVP_sha256(), secretBytes.constData(), static_cast<int>(secretBytes.size()),
             reinterpret_cast<const unsigned char *>(message.constData()),
             static_cast<size_t>(message.size()), digest, &length);
        benchmark::DoNotOptimize(digest);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(rawOpenSsl)->Name("signing/baseline:OpenSSL HMAC()");

} // namespace

BENCHMARK_MAIN();
