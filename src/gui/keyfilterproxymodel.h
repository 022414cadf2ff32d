#pragma once

#include "core/accessrights.h"
#include "gui/keysearchindex.h"

#include <QPointer>
#include <QSortFilterProxyModel>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

class KeyTableModel;

// Search and filters of the key table: text in label, public key or note; environment; ON/OFF;
// a right. Over a KeyTableModel it only filters: sort() is passed to the source, which keeps its
// rows in order, so a keystroke never re-sorts 100 000 keys.
class KeyFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class State {
        Any,
        On,
        Off,
    };

    explicit KeyFilterProxyModel(QObject *parent = nullptr);
    ~KeyFilterProxyModel() override;

    void setSearchText(const QString &text);
    // An environment id ("sandbox", "hitbtc", ...) or empty for all.
    void setEnvironment(const QString &environmentId);
    void setState(State state);
    void setRequiredRight(std::optional<Right> right);

    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    // Which rows of the source match a search, at one revision of the source.
    struct Matches
    {
        QByteArray needle; // KeySearchIndex::fold
        quint64 revision = 0;
        std::vector<bool> rows;
        qsizetype count = 0;
    };

    bool passesOtherFilters(int sourceRow) const;
    // The matches of a (folded, non-empty) needle: from the recent ones when still current, else
    // computed, looking only among the matches of a recent needle it contains.
    std::shared_ptr<const Matches> matchesOf(const QByteArray &needle);

    // The source when it is a KeyTableModel (checked once, not for each of 100 000 rows).
    QPointer<const KeyTableModel> m_keys;
    QByteArray m_search; // KeySearchIndex::fold
    std::shared_ptr<const Matches> m_matches; // of m_search, possibly stale: check its revision
    // The last few searches: typing narrows from the previous one, erasing finds it again.
    std::deque<std::shared_ptr<const Matches>> m_recent;
    QString m_environment;
    State m_state = State::Any;
    std::optional<Right> m_right;
};
