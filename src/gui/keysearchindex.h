#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <vector>

// What the key table's search looks in, for every row at once: each row's text case-folded and
// in UTF-8, end to end in one buffer with a NUL after each row, kept in the rows' order as they
// are added, changed, moved and removed. One pass over the buffer finds every row containing a
// needle: with 100 000 keys, a few milliseconds instead of a case-insensitive QString::contains
// per row, and no per-row strings to chase through memory.
class KeySearchIndex
{
public:
    // The form both the rows' texts and the needle are compared in.
    static QByteArray fold(const QString &text);

    void assign(qsizetype rows, const std::function<QByteArray(qsizetype row)> &foldedTextOf);
    void insert(qsizetype row, QByteArrayView foldedText);
    void replace(qsizetype row, QByteArrayView foldedText);
    void remove(qsizetype row);
    void move(qsizetype from, qsizetype to); // `to` counted after `from` is taken out
    // The rows in a new order: row i becomes what row order[i] was.
    void reorder(const std::vector<int> &order);

    qsizetype rowCount() const { return static_cast<qsizetype>(m_starts.size()) - 1; }
    bool rowContains(qsizetype row, QByteArrayView needle) const;
    // For each row, whether its text contains the (folded) needle. With candidates, only those
    // rows are looked at (the others are false): the matches of a shorter needle narrow the
    // search of a longer one.
    std::vector<bool> find(QByteArrayView needle, const std::vector<bool> *candidates = nullptr,
                           qsizetype candidateCount = -1) const;

private:
    QByteArrayView rowText(qsizetype row) const; // without its NUL
    void shiftStarts(qsizetype fromRow, qsizetype by);

    QByteArray m_text;
    std::vector<qsizetype> m_starts {0}; // where each row starts, and one past the last row
};
