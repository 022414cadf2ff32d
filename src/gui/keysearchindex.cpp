#include "keysearchindex.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

// The first occurrence of needle in [at, end), or nullptr. glibc's memmem() runs at about
// 1.7 GB/s here; for needles of two bytes or more this compares the needle's first and last
// bytes against 16 positions at once and only then the rest (W. Mula's "SIMD-friendly" search),
// several times faster on the short needles people type.
const char *findNeedle(const char *at, const char *end, QByteArrayView needle)
{
    const qsizetype length = needle.size();
    if (end - at < length) {
        return nullptr;
    }
    if (length == 1) {
        return static_cast<const char *>(std::memchr(at, needle.front(), end - at));
    }
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi8(needle.front());
    const __m128i last = _mm_set1_epi8(needle.back());
    // Blocks whose last comparison still ends inside the buffer.
    for (; end - at >= length + 15; at += 16) {
        const __m128i blockFirst = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
        const __m128i blockLast =
            _mm_loadu_si128(reinterpret_cast<const __m128i *>(at + length - 1));
        unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpeq_epi8(first, blockFirst), _mm_cmpeq_epi8(last, blockLast))));
        while (mask != 0) {
            const int bit = __builtin_ctz(mask);
            if (std::memcmp(at + bit + 1, needle.data() + 1, length - 2) == 0) {
                return at + bit;
            }
            mask &= mask - 1;
        }
    }
#endif
    return static_cast<const char *>(memmem(at, end - at, needle.data(), length));
}

} // namespace

QByteArray KeySearchIndex::fold(const QString &text)
{
    // UTF-8 is self-synchronising: a valid needle matches only whole characters, so a byte
    // search finds exactly what a search of the folded characters would.
    return text.toCaseFolded().toUtf8();
}

void KeySearchIndex::assign(qsizetype rows,
                            const std::function<QByteArray(qsizetype row)> &foldedTextOf)
{
    m_text.clear();
    m_starts.clear();
    m_starts.reserve(rows + 1);
    for (qsizetype row = 0; row < rows; ++row) {
        m_starts.push_back(m_text.size());
        m_text.append(foldedTextOf(row));
        m_text.append('\0');
    }
    m_starts.push_back(m_text.size());
    m_text.squeeze();
}

QByteArrayView KeySearchIndex::rowText(qsizetype row) const
{
    return QByteArrayView(m_text.constData() + m_starts[row],
                          m_starts[row + 1] - m_starts[row] - 1);
}

void KeySearchIndex::shiftStarts(qsizetype fromRow, qsizetype by)
{
    for (auto start = m_starts.begin() + fromRow; start != m_starts.end(); ++start) {
        *start += by;
    }
}

void KeySearchIndex::insert(qsizetype row, QByteArrayView foldedText)
{
    const qsizetype at = m_starts[row];
    m_text.insert(at, foldedText.data(), foldedText.size());
    m_text.insert(at + foldedText.size(), '\0');
    m_starts.insert(m_starts.begin() + row, at);
    shiftStarts(row + 1, foldedText.size() + 1);
}

void KeySearchIndex::replace(qsizetype row, QByteArrayView foldedText)
{
    const qsizetype oldLength = m_starts[row + 1] - m_starts[row] - 1;
    m_text.replace(m_starts[row], oldLength, foldedText.data(), foldedText.size());
    shiftStarts(row + 1, foldedText.size() - oldLength);
}

void KeySearchIndex::remove(qsizetype row)
{
    const qsizetype length = m_starts[row + 1] - m_starts[row];
    m_text.remove(m_starts[row], length);
    m_starts.erase(m_starts.begin() + row);
    shiftStarts(row, -length);
}

void KeySearchIndex::move(qsizetype from, qsizetype to)
{
    if (from == to) {
        return;
    }
    const QByteArray text = rowText(from).toByteArray();
    remove(from);
    insert(to, text);
}

void KeySearchIndex::reorder(const std::vector<int> &order)
{
    QByteArray text;
    text.reserve(m_text.size());
    std::vector<qsizetype> starts;
    starts.reserve(m_starts.size());
    for (const int row : order) {
        starts.push_back(text.size());
        text.append(m_text.constData() + m_starts[row], m_starts[row + 1] - m_starts[row]);
    }
    starts.push_back(text.size());
    m_text = std::move(text);
    m_starts = std::move(starts);
}

bool KeySearchIndex::rowContains(qsizetype row, QByteArrayView needle) const
{
    const QByteArrayView text = rowText(row);
    return findNeedle(text.data(), text.data() + text.size(), needle) != nullptr;
}

std::vector<bool> KeySearchIndex::find(QByteArrayView needle, const std::vector<bool> *candidates,
                                       qsizetype candidateCount) const
{
    const qsizetype rows = rowCount();
    std::vector<bool> found(rows, false);
    if (needle.isEmpty()) {
        for (qsizetype row = 0; row < rows; ++row) {
            found[row] = !candidates || (*candidates)[row];
        }
        return found;
    }
    // Few candidates, or a needle that a pass over the whole buffer could match across two rows
    // (it has a NUL): row by row.
    if ((candidates && candidateCount >= 0 && candidateCount < rows / 8) || needle.contains('\0')) {
        for (qsizetype row = 0; row < rows; ++row) {
            if (!candidates || (*candidates)[row]) {
                found[row] = rowContains(row, needle);
            }
        }
        return found;
    }
    // One pass: after each hit, on to the next row.
    const char *begin = m_text.constData();
    const char *end = begin + m_text.size();
    const char *at = begin;
    qsizetype row = 0;
    while (const char *hit = findNeedle(at, end, needle)) {
        const qsizetype offset = hit - begin;
        while (m_starts[row + 1] <= offset) {
            ++row;
        }
        if (!candidates || (*candidates)[row]) {
            found[row] = true;
        }
        at = begin + m_starts[row + 1];
    }
    return found;
}
