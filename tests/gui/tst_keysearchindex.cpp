// KeySearchIndex against the obvious per-row search, through random inserts, changes, moves,
// removals and reorders, with needles of every length the SIMD search treats differently.
#include "gui/keysearchindex.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

class TestKeySearchIndex : public QObject
{
    Q_OBJECT

private:
    static QByteArray randomText(QRandomGenerator &random)
    {
        // Few letters, so needles match often, and now and then a long row or a non-ASCII one.
        static const char letters[] = "abcab-\n";
        QByteArray text;
        const int length = random.bounded(5) == 0 ? random.bounded(200) : random.bounded(12);
        for (int i = 0; i < length; ++i) {
            text.append(letters[random.bounded(7)]);
        }
        if (random.bounded(6) == 0) {
            text.append(KeySearchIndex::fold(u"Äb"_s));
        }
        return text;
    }

    static void verifySame(const KeySearchIndex &index, const QList<QByteArray> &rows,
                           QRandomGenerator &random)
    {
        QCOMPARE(index.rowCount(), rows.size());
        static const QByteArray needles[] = {"a",
                                             "ab",
                                             "abc",
                                             "b-a",
                                             "ca\nb",
                                             "aaaaaaaaaaaaaaaaaab",
                                             "cabcabcabcabcabcabca",
                                             KeySearchIndex::fold(u"äb"_s),
                                             QByteArray("a\0b", 3)};
        for (const QByteArray &needle : needles) {
            std::vector<bool> candidates(rows.size());
            qsizetype candidateCount = 0;
            for (qsizetype row = 0; row < rows.size(); ++row) {
                candidates[row] = random.bounded(3) != 0;
                candidateCount += candidates[row] ? 1 : 0;
            }
            const std::vector<bool> all = index.find(needle);
            const std::vector<bool> some = index.find(needle, &candidates, candidateCount);
            for (qsizetype row = 0; row < rows.size(); ++row) {
                const bool expected = rows.at(row).contains(needle);
                QVERIFY2(all[row] == expected,
                         qPrintable(u"row %1, needle %2"_s.arg(row).arg(
                             QString::fromLatin1(needle.toHex()))));
                QCOMPARE(index.rowContains(row, needle), expected);
                QCOMPARE(some[row], expected && candidates[row]);
            }
        }
    }

private Q_SLOTS:
    void foldsCaseAndKeepsCharactersWhole()
    {
        QCOMPARE(KeySearchIndex::fold(u"Bot ÄRGER"_s), KeySearchIndex::fold(u"bot ärger"_s));
        KeySearchIndex index;
        const QList<QByteArray> rows = {KeySearchIndex::fold(u"ärger"_s), "arger", ""};
        index.assign(rows.size(), [&rows](qsizetype row) { return rows.at(row); });
        const std::vector<bool> found = index.find(KeySearchIndex::fold(u"Ä"_s));
        QCOMPARE(found, (std::vector<bool> {true, false, false}));
        // A needle never matches across two rows.
        QCOMPARE(index.find("rarg"), (std::vector<bool> {false, false, false}));
        QCOMPARE(index.find(QByteArray("r\0a", 3)), (std::vector<bool> {false, false, false}));
        // The empty needle is everything.
        QCOMPARE(index.find(""), (std::vector<bool> {true, true, true}));
    }

    void matchesThePlainSearchThroughChanges()
    {
        QRandomGenerator random(20261127);
        QList<QByteArray> rows;
        for (int i = 0; i < 300; ++i) {
            rows.append(randomText(random));
        }
        KeySearchIndex index;
        index.assign(rows.size(), [&rows](qsizetype row) { return rows.at(row); });
        verifySame(index, rows, random);
        for (int step = 0; step < 400; ++step) {
            switch (random.bounded(5)) {
            case 0: {
                const qsizetype row = random.bounded(rows.size() + 1);
                rows.insert(row, randomText(random));
                index.insert(row, rows.at(row));
                break;
            }
            case 1:
                if (!rows.isEmpty()) {
                    const qsizetype row = random.bounded(rows.size());
                    rows[row] = randomText(random);
                    index.replace(row, rows.at(row));
                }
                break;
            case 2:
                if (!rows.isEmpty()) {
                    const qsizetype row = random.bounded(rows.size());
                    rows.removeAt(row);
                    index.remove(row);
                }
                break;
            case 3:
                if (!rows.isEmpty()) {
                    const qsizetype from = random.bounded(rows.size());
                    const qsizetype to = random.bounded(rows.size());
                    rows.move(from, to);
                    index.move(from, to);
                }
                break;
            default: {
                std::vector<int> order(rows.size());
                std::iota(order.begin(), order.end(), 0);
                std::shuffle(order.begin(), order.end(), random);
                QList<QByteArray> reordered;
                for (const int row : order) {
                    reordered.append(rows.at(row));
                }
                rows = reordered;
                index.reorder(order);
                break;
            }
            }
            if (step % 20 == 0) {
                verifySame(index, rows, random);
            }
        }
        verifySame(index, rows, random);
    }
};

QTEST_GUILESS_MAIN(TestKeySearchIndex)
#include "tst_keysearchindex.moc"
