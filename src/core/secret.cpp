#include "secret.h"

#include <cstring>
#include <string.h> // explicit_bzero

void wipeBytes(QByteArray &bytes)
{
    // Only wipe a buffer we own alone: data() on a shared one would detach and wipe a copy.
    if (!bytes.isEmpty() && bytes.isDetached()) {
        explicit_bzero(bytes.data(), static_cast<size_t>(bytes.size()));
    }
    bytes.clear();
}

void wipeString(QString &text)
{
    if (!text.isEmpty() && text.isDetached()) {
        explicit_bzero(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    }
    text.clear();
}

Secret Secret::adopt(QByteArray &bytes)
{
    Secret s;
    s.m_bytes = QByteArray(bytes.constData(), bytes.size());
    wipeBytes(bytes);
    return s;
}

Secret Secret::adopt(QString &text)
{
    Secret s;
    QByteArray utf8 = text.toUtf8();
    s.m_bytes = QByteArray(utf8.constData(), utf8.size());
    wipeBytes(utf8);
    wipeString(text);
    return s;
}

Secret::~Secret()
{
    wipe();
}

Secret::Secret(Secret &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

void Secret::wipe()
{
    wipeBytes(m_bytes);
}
