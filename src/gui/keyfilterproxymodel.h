#pragma once

#include "core/accessrights.h"

#include <QSortFilterProxyModel>

#include <optional>

// Search and filters of the key table: text in label, public key or note; environment; ON/OFF;
// a right. Sorting uses KeyTableModel::SortRole.
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

    void setSearchText(const QString &text);
    // An environment id ("sandbox", "hitbtc", ...) or empty for all.
    void setEnvironment(const QString &environmentId);
    void setState(State state);
    void setRequiredRight(std::optional<Right> right);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Compares the keys themselves for the columns sorted most (label, public key, status,
    // dates): with 100 000 keys, building two QVariants per comparison dominated a re-sort.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool matchesSearch(const QModelIndex &index) const;

    QString m_search;
    QString m_environment;
    State m_state = State::Any;
    std::optional<Right> m_right;
};
