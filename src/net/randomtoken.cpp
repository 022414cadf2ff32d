#include "randomtoken.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace RandomToken {

QByteArray generate(int length)
{
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    static_assert(sizeof(alphabet) - 1 == 64);
    QByteArray out(length, Qt::Uninitialized);
    QByteArray random(length, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), length) != 1) {
        OPENSSL_cleanse(random.data(), static_cast<size_t>(random.size()));
        return {};
    }
    // 64 symbols: the low six bits of each byte pick one with no bias.
    for (int i = 0; i < length; ++i) {
        out[i] = alphabet[static_cast<unsigned char>(random[i]) & 0x3F];
    }
    OPENSSL_cleanse(random.data(), static_cast<size_t>(random.size()));
    return out;
}

} // namespace RandomToken
