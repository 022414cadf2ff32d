#pragma once

#include <QByteArray>

// HitBTC-like key material from OpenSSL's CSPRNG.
namespace RandomToken {
// `length` characters of [A-Za-z0-9_-], each drawn uniformly; empty if the CSPRNG fails.
QByteArray generate(int length);
} // namespace RandomToken
